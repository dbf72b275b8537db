import { describe, it, expect } from 'vitest';
import { readSeed } from '../helpers/seeds';
import { KINDS, type KindInput } from '../../shared/domain';
import {
  COORDINATION_THESIS_SOURCE_ID,
  coordinationThesisItems,
} from '../../electron/core/library/sample/coordination-thesis';
import { sampleId, type SampleItem } from '../../electron/core/library/sample/sample-item';

const items = coordinationThesisItems;

function table(key: string): KindInput<'table'> {
  const item = items.find((candidate) => candidate.id === sampleId(`thesis:${key}`));
  if (item?.kind !== 'table') throw new Error(`no table thesis:${key}`);
  return item.data;
}

function row(data: KindInput<'table'>, label: string): (string | number | null)[] {
  const found = (data.rows ?? []).find((values) => values[0] === label);
  if (!found) throw new Error(`no row "${label}" in ${data.title}`);
  return found;
}

function column(data: KindInput<'table'>, label: string): number {
  const index = data.columns.findIndex((candidate) => candidate.label === label);
  if (index < 0) throw new Error(`no column "${label}" in ${data.title}`);
  return index;
}

function ofKind<K extends SampleItem['kind']>(kind: K): Extract<SampleItem, { kind: K }>[] {
  return items.filter((item): item is Extract<SampleItem, { kind: K }> => item.kind === kind);
}

const lessonsTagged = (tag: string) => ofKind('lesson').filter((item) => item.data.tags?.includes(tag));

describe('sample library: coordination thesis (BISP, PPAF, PBM)', () => {
  it('every item validates against its kind', () => {
    for (const item of items) {
      const result = KINDS[item.kind].data.safeParse(item.data);
      expect(result.success, `${item.kind} ${item.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has unique ids and links that resolve within the sample', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const item of items) {
      for (const sourceId of item.data.sourceIds ?? []) expect(known.has(sourceId), `${item.id} -> ${sourceId}`).toBe(true);
    }
  });

  it('describes the thesis itself as a source', () => {
    const source = ofKind('source').find((item) => item.id === COORDINATION_THESIS_SOURCE_ID);
    expect(source?.data).toMatchObject({
      type: 'thesis',
      authors: ['Muhammad Irfan Khan'],
      date: '2021',
    });
    expect(source?.data.title).toMatch(/Towards Mutual Coordination/);
    expect(source?.data.publisher).toMatch(/Seoul National University/);
  });

  it('lists the bibliography as tagged sources', () => {
    const references = ofKind('source').filter((item) => item.data.tags?.includes('thesis-bibliography'));
    expect(references.length).toBeGreaterThanOrEqual(70);
    for (const reference of references) {
      expect(reference.data.sourceIds ?? []).toEqual([]);
      expect(reference.data.authors?.length ?? 0).toBeGreaterThan(0);
    }
    expect(references.map((item) => item.data.title)).toContain('Managing Horizontal Government: The Politics of Co-Ordination');
  });

  it('has the BISP financial achievements for exactly twelve financial years', () => {
    const bisp = table('table-bisp-financial');
    expect(bisp.rows?.map((values) => values[0])).toEqual([
      '2008-09',
      '2009-10',
      '2010-11',
      '2011-12',
      '2012-13',
      '2013-14',
      '2014-15',
      '2015-16',
      '2016-17',
      '2017-18',
      '2018-19',
      '2019-20',
    ]);
    expect(row(bisp, '2019-20')[column(bisp, 'Released')]).toBe(214.1);
    expect(row(bisp, '2008-09')[column(bisp, 'Unconditional Cash Transfer (UCT)')]).toBe(15.81);
    expect(row(bisp, '2018-19')[column(bisp, 'Number of beneficiaries')]).toBe(5.78);
  });

  it('has the HDI, regional poverty, interest-free loan and PPAF disbursement tables with numbers', () => {
    for (const key of ['table-hdi', 'table-regional-poverty', 'table-interest-free-loans', 'table-ppaf-disbursement']) {
      const data = table(key);
      const numeric = data.columns.flatMap((col, index) => (col.type === 'number' ? [index] : []));
      expect(numeric.length, key).toBeGreaterThan(0);
      for (const values of data.rows ?? []) {
        for (const index of numeric) expect(values[index] === null || typeof values[index] === 'number').toBe(true);
      }
      expect((data.rows ?? []).some((values) => numeric.some((index) => typeof values[index] === 'number'))).toBe(true);
    }
    const hdi = table('table-hdi');
    expect(row(hdi, 'Pakistan')[column(hdi, 'HDI value (2018)')]).toBe(0.56);
    const loans = table('table-interest-free-loans');
    expect(row(loans, 'Total')[column(loans, 'Number of loans disbursed to borrowers')]).toBe(636292);
  });

  it('has coordination factors and recommendations as lessons', () => {
    expect(lessonsTagged('coordination-factor').length).toBeGreaterThanOrEqual(5);
    expect(lessonsTagged('recommendation').length).toBeGreaterThanOrEqual(4);
    for (const lesson of ofKind('lesson')) expect(lesson.data.jurisdictions).toEqual(['Pakistan']);
  });

  it('links every table and lesson to the thesis', () => {
    for (const item of items.filter((candidate) => candidate.kind === 'table' || candidate.kind === 'lesson')) {
      expect(item.data.sourceIds, item.id).toContain(COORDINATION_THESIS_SOURCE_ID);
    }
  });

  it('quotes the thesis word for word', () => {
    const flatten = (value: string) => value.replace(/\s+/g, ' ');
    const seed = flatten(readSeed('004_'));
    for (const lesson of ofKind('lesson')) {
      if (lesson.data.quote) expect(seed, lesson.data.title).toContain(flatten(lesson.data.quote.text));
    }
  });
});
