import type { KindData } from '../../../../../shared/domain';

type Comparison = KindData<'comparison'>;
export type ComparisonQuestion = Comparison['questions'][number];

/** The units a table shows, in its order: the chosen ones, or (none chosen) all the comparison's. */
export function shownUnitIds(comparison: Comparison, unitIds: readonly string[]): readonly string[] {
  return unitIds.length > 0 ? unitIds : comparison.unitIds;
}

/** The questions a table shows, in its order; a chosen question no longer in the comparison is left out. */
export function shownQuestions(comparison: Comparison, questionIds: readonly string[]): ComparisonQuestion[] {
  if (questionIds.length === 0) return comparison.questions;
  const byId = new Map(comparison.questions.map((question) => [question.id, question]));
  return questionIds.flatMap((id) => byId.get(id) ?? []);
}

/** A cell's points as typed in its editor: one per line, blank lines dropped. */
export function pointsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Every question of the comparison with one cell's points replaced: what
 * `items.update` saves, since a comparison's questions are stored whole. The
 * cell keeps the source it cites.
 */
export function withCellPoints(
  questions: readonly ComparisonQuestion[],
  questionId: string,
  unitId: string,
  points: string[],
): ComparisonQuestion[] {
  return questions.map((question) => {
    if (question.id !== questionId) return question;
    const cell = question.cells[unitId];
    return { ...question, cells: { ...question.cells, [unitId]: { points, sourceId: cell?.sourceId ?? null } } };
  });
}

export interface Choice {
  id: string;
  label: string;
  checked: boolean;
}

/** The choices as the chooser lists them: the shown ones first, in their order, then the rest unchecked. */
export function initialChoices(all: readonly { id: string; label: string }[], shown: readonly string[]): Choice[] {
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const first = shown.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ ...entry, checked: true }] : [];
  });
  const rest = all.filter((entry) => !shown.includes(entry.id)).map((entry) => ({ ...entry, checked: false }));
  return [...first, ...rest];
}

/**
 * The ids to store for a choice: empty when every one is checked in the
 * comparison's own order, so the table follows questions added later.
 */
export function chosenIds(choices: readonly Choice[], allInOrder: readonly string[]): string[] {
  const chosen = choices.filter((choice) => choice.checked).map((choice) => choice.id);
  const everything = chosen.length === allInOrder.length && chosen.every((id, index) => id === allInOrder[index]);
  return everything ? [] : chosen;
}

/** The list with one entry moved one place up (-1) or down (+1); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
