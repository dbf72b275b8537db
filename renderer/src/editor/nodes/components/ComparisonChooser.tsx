import { useState } from 'react';
import { chosenIds, initialChoices, moved, type Choice } from './comparison-layout';
import { NodeDialog } from './NodeDialog';

interface ChooserProps {
  open: boolean;
  units: { id: string; label: string }[];
  questions: { id: string; label: string }[];
  shownUnitIds: readonly string[];
  shownQuestionIds: readonly string[];
  onSave: (unitIds: string[], questionIds: string[]) => void;
  onClose: () => void;
}

/** "Choose units and questions": which to show and in what order. */
export function ComparisonChooser(props: ChooserProps) {
  return (
    <NodeDialog title="Choose units and questions" open={props.open} onClose={props.onClose}>
      {props.open && <ChooserForm {...props} />}
    </NodeDialog>
  );
}

function ChooserForm({ units, questions, shownUnitIds, shownQuestionIds, onSave, onClose }: ChooserProps) {
  const [unitChoices, setUnitChoices] = useState(() => initialChoices(units, shownUnitIds));
  const [questionChoices, setQuestionChoices] = useState(() => initialChoices(questions, shownQuestionIds));
  const noUnit = !unitChoices.some((choice) => choice.checked);
  const noQuestion = !questionChoices.some((choice) => choice.checked);
  return (
    <form
      className="node-form comparison-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (noUnit || noQuestion) return;
        onSave(
          chosenIds(unitChoices, units.map((unit) => unit.id)),
          chosenIds(questionChoices, questions.map((question) => question.id)),
        );
        onClose();
      }}
    >
      <ChoiceList legend="Delivery units" choices={unitChoices} onChange={setUnitChoices} />
      <ChoiceList legend="Questions" choices={questionChoices} onChange={setQuestionChoices} />
      {(noUnit || noQuestion) && (
        <p className="field-error" role="alert">
          Choose at least one delivery unit and one question.
        </p>
      )}
      <div className="node-form-buttons">
        <button type="submit" disabled={noUnit || noQuestion}>
          Save
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ChoiceList({ legend, choices, onChange }: { legend: string; choices: Choice[]; onChange: (choices: Choice[]) => void }) {
  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      <ol>
        {choices.map((choice, index) => (
          <li key={choice.id}>
            <label>
              <input
                type="checkbox"
                checked={choice.checked}
                onChange={(event) => onChange(choices.map((each, at) => (at === index ? { ...each, checked: event.target.checked } : each)))}
              />
              {choice.label}
            </label>
            <button type="button" aria-label={`Move up: ${choice.label}`} disabled={index === 0} onClick={() => onChange(moved(choices, index, -1))}>
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move down: ${choice.label}`}
              disabled={index === choices.length - 1}
              onClick={() => onChange(moved(choices, index, 1))}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
