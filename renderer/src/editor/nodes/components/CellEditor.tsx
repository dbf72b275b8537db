import { useId, useState } from 'react';
import type { ItemOf } from '../../../../../shared/domain';
import { useApi } from '../../../ApiContext';
import { useLibraryChanged } from '../../../library-changes';
import { pointsFromText, withCellPoints } from './comparison-layout';
import { NodeDialog } from './NodeDialog';
import { messageOf } from '../../../../../shared/errors';

export interface CellTarget {
  questionId: string;
  unitId: string;
  /** "SMU — How does the unit set priorities?", for the dialog's title. */
  name: string;
}

interface CellEditorProps {
  comparison: ItemOf<'comparison'>;
  cell: CellTarget | null;
  onClose: () => void;
}

/** Edits one answer of a library comparison; every document showing it sees the change. */
export function CellEditor({ comparison, cell, onClose }: CellEditorProps) {
  return (
    <NodeDialog title={cell ? `Answer: ${cell.name}` : 'Answer'} open={cell !== null} onClose={onClose}>
      {cell && <CellForm key={`${cell.questionId}/${cell.unitId}`} comparison={comparison} cell={cell} onClose={onClose} />}
    </NodeDialog>
  );
}

function CellForm({ comparison: current, cell, onClose }: { comparison: ItemOf<'comparison'>; cell: CellTarget; onClose: () => void }) {
  // The comparison as it was when the editor opened: a change made since then elsewhere is a conflict, not overwritten.
  const [comparison] = useState(current);
  const api = useApi();
  const libraryChanged = useLibraryChanged();
  const question = comparison.data.questions.find((each) => each.id === cell.questionId);
  const [text, setText] = useState(() => (question?.cells[cell.unitId]?.points ?? []).join('\n'));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await api['items.update']({
        kind: 'comparison',
        id: comparison.id,
        data: { questions: withCellPoints(comparison.data.questions, cell.questionId, cell.unitId, pointsFromText(text)) },
        baseUpdatedAt: comparison.updatedAt,
      });
      libraryChanged();
      onClose();
    } catch (error) {
      // The typed points stay in the box: copy them, or close and open again to start from the library's answer.
      setProblem(`${messageOf(error)} Your text is still here.`);
      setSaving(false);
    }
  };
  return (
    <form
      className="node-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={fieldId}>Points, one per line</label>
      <textarea id={fieldId} rows={6} value={text} onChange={(event) => setText(event.target.value)} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="node-form-buttons">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
