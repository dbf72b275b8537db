import { describe, expect, it } from 'vitest';
import { ComparisonData, TableData } from '../../shared/domain';
import { barLength, chartBars, chartSummary, numericColumns } from '../../renderer/src/editor/nodes/components/bar-chart';
import {
  chosenIds,
  initialChoices,
  moved,
  pointsFromText,
  shownQuestions,
  shownUnitIds,
  withCellPoints,
} from '../../renderer/src/editor/nodes/components/comparison-layout';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SMU = id(1);
const SSU = id(2);

const budget = TableData.parse({
  title: 'Budget',
  columns: [
    { label: 'Financial year', type: 'text' },
    { label: 'Budget', unit: 'Rs million', type: 'number' },
    { label: 'Staff', type: 'number' },
  ],
  rows: [
    ['2017-18', 120000, 40],
    ['2018-19', null, 42],
    ['2019-20', 200000, 45],
    ['2020-21', -5, 44],
  ],
});

describe('the chart of a data table’s column', () => {
  it('offers only the numeric columns', () => {
    expect(numericColumns(budget)).toEqual([1, 2]);
  });

  it('draws a bar for each row with a number, named by the first text column', () => {
    expect(chartBars(budget, 1)).toEqual([
      { label: '2017-18', value: 120000 },
      { label: '2019-20', value: 200000 },
      { label: '2020-21', value: -5 },
    ]);
  });

  it('scales bars to the highest value; negative values get no bar', () => {
    const bars = chartBars(budget, 1);
    expect(bars.map((bar) => barLength(bar.value, bars, 300))).toEqual([180, 300, 0]);
    expect(barLength(0, [{ label: 'x', value: 0 }], 300)).toBe(0);
  });

  it('summarises the chart for a screen reader', () => {
    expect(chartSummary(budget, 1, chartBars(budget, 1))).toBe(
      'Bar chart of Budget (Rs million) by Financial year, 3 bars, highest 2019-20: 200,000',
    );
    const onlyNumbers = TableData.parse({ title: 'x', columns: [{ label: 'Count', type: 'number' }], rows: [[7]] });
    expect(chartSummary(onlyNumbers, 0, chartBars(onlyNumbers, 0))).toBe('Bar chart of Count, 1 bar, highest Row 1: 7');
    expect(chartSummary(onlyNumbers, 0, [])).toBe('Bar chart of Count, no values to show');
  });
});

const comparison = ComparisonData.parse({
  title: 'SMU and SSU compared',
  unitIds: [SMU, SSU],
  questions: [
    { id: 'q1', text: 'Where does the unit sit?', cells: { [SMU]: { points: ['Chief Minister’s office'], sourceId: id(9) } } },
    { id: 'q2', text: 'How does it set priorities?', cells: { [SSU]: { points: ['Roadmaps'] } } },
    { id: 'q3', text: 'How does it track progress?' },
  ],
});

describe('editing a comparison cell', () => {
  it('saves every question, with only the edited cell changed and its source kept', () => {
    const questions = withCellPoints(comparison.questions, 'q1', SMU, pointsFromText('  Chief Minister’s office \n\nReports weekly\n'));
    expect(questions).toEqual([
      { ...comparison.questions[0], cells: { [SMU]: { points: ['Chief Minister’s office', 'Reports weekly'], sourceId: id(9) } } },
      comparison.questions[1],
      comparison.questions[2],
    ]);
    expect(ComparisonData.parse({ ...comparison, questions }).questions).toEqual(questions);
  });

  it('answers a question the unit had not answered yet', () => {
    const questions = withCellPoints(comparison.questions, 'q3', SSU, ['Stocktakes']);
    expect(questions[2]?.cells).toEqual({ [SSU]: { points: ['Stocktakes'], sourceId: null } });
    expect(comparison.questions[2]?.cells).toEqual({});
  });
});

describe('choosing a comparison table’s units and questions', () => {
  it('shows all units and questions when none are chosen, else the chosen ones in order', () => {
    expect(shownUnitIds(comparison, [])).toEqual([SMU, SSU]);
    expect(shownUnitIds(comparison, [SSU])).toEqual([SSU]);
    expect(shownQuestions(comparison, ['q3', 'gone', 'q1']).map((question) => question.id)).toEqual(['q3', 'q1']);
  });

  it('lists the shown ones first and stores [] when all are checked in the comparison’s order', () => {
    const all = comparison.questions.map((question) => ({ id: question.id, label: question.text }));
    const order = all.map((entry) => entry.id);
    const choices = initialChoices(all, ['q3', 'q1']);
    expect(choices.map((choice) => [choice.id, choice.checked])).toEqual([
      ['q3', true],
      ['q1', true],
      ['q2', false],
    ]);
    expect(chosenIds(choices, order)).toEqual(['q3', 'q1']);
    const everything = moved(moved(choices, 0, 1), 1, 1).map((choice) => ({ ...choice, checked: true }));
    expect(everything.map((choice) => choice.id)).toEqual(['q1', 'q2', 'q3']);
    expect(chosenIds(everything, order)).toEqual([]);
    expect(chosenIds(moved(everything, 0, 1), order)).toEqual(['q2', 'q1', 'q3']);
  });

  it('leaves the order alone when moving past either end', () => {
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
