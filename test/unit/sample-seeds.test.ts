import { describe, it, expect } from 'vitest';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';
import { KINDS } from '../../shared/domain';
import { richTextToPlain } from '../../shared/richtext';
import { intelligentPartnershipsItems } from '../../electron/core/library/sample/intelligent-partnerships';
import { islamabadWorkshopItems } from '../../electron/core/library/sample/islamabad-workshop';
import { policyToActionItems } from '../../electron/core/library/sample/policy-to-action';
import type { SampleItem } from '../../electron/core/library/sample/sample-item';
import { socialProtectionDeclarationItems } from '../../electron/core/library/sample/social-protection-declaration';

const collections: Record<string, SampleItem[]> = {
  'From Policy to Action briefing': policyToActionItems,
  'Islamabad workshop': islamabadWorkshopItems,
  'Intelligent Partnerships report': intelligentPartnershipsItems,
  'Social protection declaration': socialProtectionDeclarationItems,
};
const all = Object.values(collections).flat();

function ofKind<K extends SampleItem['kind']>(items: SampleItem[], kind: K): Extract<SampleItem, { kind: K }>[] {
  return items.filter((item): item is Extract<SampleItem, { kind: K }> => item.kind === kind);
}

const SMU = 'Special Monitoring Unit';
const SSU = 'Strategic Support Unit';
/** The annex of the briefing note asks nineteen questions. */
const ANNEX_QUESTIONS = 19;

describe('sample library from the seeds', () => {
  for (const [name, items] of Object.entries(collections)) {
    it(`${name}: every item is valid data for its kind`, () => {
      for (const item of items) {
        expect(() => KINDS[item.kind].data.parse(item.data), `${item.kind} ${item.id}`).not.toThrow();
      }
    });
  }

  it('has the six lessons of the briefing note, titled as in the note and in order', () => {
    const lessons = ofKind(policyToActionItems, 'lesson');
    expect(lessons.map((lesson) => lesson.data.title)).toEqual(BRIEFING_LESSON_TITLES);
    for (const lesson of lessons) expect(lesson.data.quote?.text).toBeTruthy();
  });

  it('mends the split words of the extraction', () => {
    const text = JSON.stringify(all);
    expect(text).toContain('Recognise that a delivery unit is only part of the solution');
    expect(text).not.toMatch(/L esson/);
  });

  it('mentions stocktakes in the lesson on working with sector departments', () => {
    const lesson = ofKind(policyToActionItems, 'lesson').find((item) => item.data.title.startsWith('Build a trusting relationship'));
    expect(lesson && richTextToPlain(KINDS.lesson.data.parse(lesson.data).body).toLowerCase()).toContain('stocktake');
  });

  it('compares the SMU and the SSU on every question of the annex', () => {
    const [comparison] = ofKind(policyToActionItems, 'comparison');
    const units = ofKind(policyToActionItems, 'unit');
    const smu = units.find((unit) => unit.data.name === SMU);
    const ssu = units.find((unit) => unit.data.name === SSU);
    expect(comparison && smu && ssu).toBeTruthy();
    if (!comparison || !smu || !ssu) return;
    const questions = comparison.data.questions ?? [];
    expect(questions).toHaveLength(ANNEX_QUESTIONS);
    for (const question of questions) {
      for (const unit of [smu, ssu]) {
        const cell = question.cells?.[unit.id];
        expect(cell?.points?.length, `${question.id} ${unit.data.shortName}`).toBeGreaterThan(0);
        expect(cell?.sourceId, `${question.id} ${unit.data.shortName}`).toBeTruthy();
      }
    }
    const answers = questions.flatMap((question) => Object.values(question.cells ?? {}).flatMap((cell) => cell.points ?? []));
    expect(answers.some((answer) => answer.toLowerCase().includes('stocktake'))).toBe(true);
  });

  it('has the eight commitments of the declaration, numbered 1 to 8', () => {
    const commitments = ofKind(socialProtectionDeclarationItems, 'commitment');
    expect(commitments.map((commitment) => commitment.data.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(commitments[0]?.data.details).toContain('The Committee shall meet once every quarter or more frequently if needed.');
  });

  it('traces every item to a source and links only to items that exist', () => {
    const ids = new Set(all.map((item) => item.id));
    expect(ids.size).toBe(all.length);
    const kindOf = new Map(all.map((item) => [item.id, item.kind]));
    for (const item of all) {
      const sourceIds = item.data.sourceIds ?? [];
      if (item.kind !== 'source') expect(sourceIds.length, `${item.kind} ${item.id}`).toBeGreaterThan(0);
      for (const id of sourceIds) expect(kindOf.get(id)).toBe('source');
      if (item.kind === 'note') expect(kindOf.get(item.data.workshopId)).toBe('workshop');
      if (item.kind === 'lesson' && item.data.fromNoteId) expect(kindOf.get(item.data.fromNoteId)).toBe('note');
      if (item.kind === 'comparison') {
        for (const id of item.data.unitIds) expect(kindOf.get(id)).toBe('unit');
        for (const question of item.data.questions ?? []) {
          for (const [unitId, cell] of Object.entries(question.cells ?? {})) {
            expect(kindOf.get(unitId)).toBe('unit');
            expect(cell.sourceId && kindOf.get(cell.sourceId)).toBe('source');
          }
        }
      }
    }
  });
});
