import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { KINDS } from '../../shared/domain';
import { KIND_NAMES } from '../../shared/kinds';
import { richText } from '../../shared/richtext';
import { changedKeys, EDITED_ELSEWHERE, emptyDraft, FORM_FIELDS, fieldsFor, type FieldDef } from '../../renderer/src/library/form/fields';
import { FORM_LEVEL, validate } from '../../renderer/src/library/form/issues';

// Every kind's form is declared as data; these check the declarations against
// the schemas the core validates with, so a field added to a kind shows up in its form.

const UNIT_A = '0f8b7f2e-3c1d-4a5b-9c6d-7e8f9a0b1c2d';
const UNIT_B = '1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d';

function shapeOf(kind: (typeof KIND_NAMES)[number]): Record<string, z.ZodType> {
  return (KINDS[kind].data as unknown as { shape: Record<string, z.ZodType> }).shape;
}

function keysOf(fields: readonly FieldDef[]): string[] {
  return fields.flatMap((field) => [field.key, ...(field.covers ?? [])]);
}

describe('the fields of each kind’s form', () => {
  for (const kind of KIND_NAMES) {
    it(`${kind}: every field the schema requires has a field in the form`, () => {
      const shape = shapeOf(kind);
      const required = Object.keys(shape).filter((key) => !shape[key]?.safeParse(undefined).success);
      const shown = new Set([...keysOf(FORM_FIELDS[kind]), ...(EDITED_ELSEWHERE[kind] ?? [])]);
      expect(required.filter((key) => !shown.has(key))).toEqual([]);
    });

    it(`${kind}: every field edits a key the schema has`, () => {
      const shape = shapeOf(kind);
      expect(keysOf(FORM_FIELDS[kind]).filter((key) => !(key in shape))).toEqual([]);
    });

    it(`${kind}: labels are words, each used once`, () => {
      const labels = FORM_FIELDS[kind].map((field) => field.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label).toMatch(/^[A-Z][a-z’' ]+$/);
    });
  }

  it('a new lesson needs only its title to be valid', () => {
    const fields = fieldsFor('lesson', 'create');
    const empty = validate('lesson', fields, emptyDraft('lesson'));
    expect([...empty.keys()]).toEqual(['title']);
    expect(empty.get('title')?.[0]?.message).toBe('A title is required.');
    expect(validate('lesson', fields, { ...emptyDraft('lesson'), title: 'Share lessons between provinces' }).size).toBe(0);
  });

  it('a new document is valid once it has a title and a template (the core lays out its sections)', () => {
    const fields = fieldsFor('document', 'create');
    expect(fields.map((field) => field.key)).toEqual(['title', 'templateId', 'author']);
    const draft = { ...emptyDraft('document'), title: 'Delivery in Sindh', templateId: 'from-policy-to-action' };
    expect(validate('document', fields, draft).size).toBe(0);
  });

  it('an edit sends only the keys that changed', () => {
    const before = { title: 'A', body: richText('One'), themes: ['x'] };
    expect(changedKeys(before, { ...before, themes: ['x', 'y'] })).toEqual(['themes']);
    expect(changedKeys(before, { ...before, body: richText('One') })).toEqual([]);
  });
});

describe('problems shown at their fields', () => {
  it('says where in a comparison a question is wrong', () => {
    const fields = fieldsFor('comparison', 'edit');
    const draft = {
      title: 'SMU and SSU',
      unitIds: [UNIT_A],
      questions: [
        { id: 'q1', theme: '', text: 'Where does it sit?', cells: {} },
        { id: 'q1', theme: '', text: '', cells: { [UNIT_B]: { points: ['x'], sourceId: null } } },
      ],
    };
    const messages = validate('comparison', fields, draft).get('questions')?.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Question 2: the question is required.',
        'Question 2: question id "q1" is used twice.',
        'Question 2: answers a unit that is not among the comparison’s units.',
      ]),
    );
  });

  it('a comparison needs a delivery unit', () => {
    const issues = validate('comparison', fieldsFor('comparison', 'create'), { ...emptyDraft('comparison'), title: 'T' });
    expect(issues.get('unitIds')?.[0]?.message).toBe('At least one delivery unit is required.');
  });

  it('puts a data table’s row problems under its grid, by row and column', () => {
    const fields = fieldsFor('table', 'edit');
    const draft = {
      title: 'BISP financial achievements',
      columns: [
        { label: 'Year', unit: '', type: 'text' },
        { label: 'Disbursed', unit: 'PKR bn', type: 'number' },
      ],
      rows: [['2019', 'lots'], ['2020']],
    };
    const issues = validate('table', fields, draft).get('columns') ?? [];
    expect(issues.map((issue) => issue.message)).toEqual(['Row 1, column 2: must be a number or empty.', 'Row 2: has 1 values but the table has 2 columns.']);
    expect(issues.map((issue) => issue.at)).toEqual([
      ['rows', 0, 1],
      ['rows', 1],
    ]);
  });

  it('words a wrong number and a date out of order as a person would', () => {
    const unit = validate('unit', fieldsFor('unit', 'edit'), { ...emptyDraft('unit'), name: 'SMU', government: 'Punjab', established: 'twenty' });
    expect(unit.get('established')?.[0]?.message).toBe('Must be a number.');
    const workshop = validate('workshop', fieldsFor('workshop', 'edit'), {
      ...emptyDraft('workshop'),
      title: 'Islamabad',
      startDate: '2017-11-14',
      endDate: '2017-11-13',
    });
    expect(workshop.get('endDate')?.[0]?.message).toBe('Must not be before the start date.');
  });

  it('a required link left empty asks for a choice', () => {
    const note = validate('note', fieldsFor('note', 'create'), { ...emptyDraft('note'), text: 'Said' });
    expect(note.get('workshopId')?.[0]?.message).toBe('Choose a workshop.');
    expect(note.has(FORM_LEVEL)).toBe(false);
  });
});
