import { useState } from 'react';
import type { KindData } from '../../../../shared/domain';
import { useItemChoices } from './ItemPicker';
import { issueAt } from './issues';
import { lines } from './simple-widgets';
import { invalidProps, type WidgetProps } from './widget-props';

type Question = KindData<'comparison'>['questions'][number];

/** The first "q<n>" no question uses yet: ids only need to be unique within the comparison. */
export function nextQuestionId(questions: readonly Pick<Question, 'id'>[]): string {
  const used = new Set(questions.map((question) => question.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** One unit's answer to one question, typed one point per line. */
function AnswerPoints({
  label,
  points,
  invalid,
  describedBy,
  onChange,
}: {
  label: string;
  points: readonly string[];
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (points: string[]) => void;
}) {
  const [typed, setTyped] = useState(() => points.join('\n'));
  return (
    <label className="answer-points">
      <span>{label}</span>
      <textarea
        rows={3}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          onChange(lines(event.target.value));
        }}
        {...invalidProps(invalid, describedBy)}
      />
    </label>
  );
}

/**
 * A comparison's questions in order: each with its id, theme and text, and one
 * box of answer points per delivery unit. Answers to a unit taken off the
 * comparison stay in the draft (putting the unit back brings them back) and are
 * left out when it is saved.
 */
export function QuestionsWidget({ field, draft, value, set, inputId, describedBy, issues }: WidgetProps) {
  const questions = (Array.isArray(value) ? value : []) as Question[];
  const unitIds = (Array.isArray(draft.unitIds) ? draft.unitIds : []) as string[];
  const { titles } = useItemChoices('unit');
  // Keys that survive moving and removing questions, so each box keeps what was typed in it.
  const [keys, setKeys] = useState(() => questions.map((_, index) => index));
  const [nextKey, setNextKey] = useState(questions.length);
  const change = (next: Question[], nextKeys: number[]) => {
    setKeys(nextKeys);
    set(field.key, next);
  };
  const update = (index: number, patch: Partial<Question>) =>
    change(
      questions.map((question, at) => (at === index ? { ...question, ...patch } : question)),
      keys,
    );

  return (
    <div className="questions-field">
      {unitIds.length === 0 && <p className="quiet">Choose the delivery units first; each question then has a box for each unit’s answer.</p>}
      <ol className="questions">
        {questions.map((question, index) => {
          const n = index + 1;
          return (
            <li key={keys[index] ?? index}>
              <fieldset>
                <legend>Question {n}</legend>
                <div className="question-line">
                  <label>
                    <span>Id</span>
                    <input
                      type="text"
                      value={question.id}
                      aria-label={`Question ${n} id`}
                      onChange={(event) => update(index, { id: event.target.value })}
                      {...invalidProps(issueAt(issues, index, 'id'), describedBy)}
                    />
                  </label>
                  <label>
                    <span>Theme</span>
                    <input
                      type="text"
                      value={question.theme}
                      aria-label={`Question ${n} theme`}
                      onChange={(event) => update(index, { theme: event.target.value })}
                    />
                  </label>
                </div>
                <label>
                  <span>Question</span>
                  <textarea
                    rows={2}
                    value={question.text}
                    aria-label={`Question ${n}`}
                    id={index === 0 ? inputId : undefined}
                    onChange={(event) => update(index, { text: event.target.value })}
                    {...invalidProps(issueAt(issues, index, 'text'), describedBy)}
                  />
                </label>
                {unitIds.map((unitId) => {
                  const cell = question.cells[unitId];
                  return (
                    <AnswerPoints
                      key={unitId}
                      label={`Answer of ${titles.get(unitId) ?? 'this unit'} (one point per line)`}
                      points={cell?.points ?? []}
                      invalid={issueAt(issues, index, 'cells', unitId)}
                      describedBy={describedBy}
                      onChange={(points) =>
                        update(index, { cells: { ...question.cells, [unitId]: { points, sourceId: cell?.sourceId ?? null } } })
                      }
                    />
                  );
                })}
                <div className="row-actions">
                  <button type="button" disabled={index === 0} onClick={() => change(move(questions, index, index - 1), move(keys, index, index - 1))}>
                    Move question {n} up
                  </button>
                  <button
                    type="button"
                    disabled={index === questions.length - 1}
                    onClick={() => change(move(questions, index, index + 1), move(keys, index, index + 1))}
                  >
                    Move question {n} down
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      change(
                        questions.filter((_, at) => at !== index),
                        keys.filter((_, at) => at !== index),
                      )
                    }
                  >
                    Remove question {n}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={questions.length === 0 ? inputId : undefined}
        onClick={() => {
          const theme = questions.at(-1)?.theme ?? '';
          change([...questions, { id: nextQuestionId(questions), theme, text: '', cells: {} }], [...keys, nextKey]);
          setNextKey(nextKey + 1);
        }}
      >
        Add a question
      </button>
    </div>
  );
}

/** The comparison as it is saved: only the answers of the units it compares. */
export function withoutStrayAnswers(data: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(data.questions) || !Array.isArray(data.unitIds)) return data;
  const units = new Set(data.unitIds as string[]);
  const questions = (data.questions as Question[]).map((question) => ({
    ...question,
    cells: Object.fromEntries(Object.entries(question.cells ?? {}).filter(([unitId]) => units.has(unitId))),
  }));
  return { ...data, questions };
}
