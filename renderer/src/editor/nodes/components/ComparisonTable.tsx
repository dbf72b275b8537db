import { memo, useCallback, useMemo, useState } from 'react';
import type { ItemOf } from '../../../../../shared/domain';
import { useApiQuery } from '../../../useApiQuery';
import { $isComparisonTableNode, type ComparisonTableNode, type ComparisonView } from '../ComparisonTableNode';
import { CaptionField } from './CaptionField';
import { CellEditor, type CellTarget } from './CellEditor';
import { ComparisonChooser } from './ComparisonChooser';
import { shownQuestions, shownUnitIds, type ComparisonQuestion } from './comparison-layout';
import { QUIET_MISSING, Loading, MissingItem } from './MissingItem';
import { useNodeCard, useNodeUpdate, useRemoveNode } from './useNodeCard';
import './nodes.css';

/** A library comparison of delivery units as a table: questions by units, or units by questions. */
export const ComparisonTable = memo(function ComparisonTable({ nodeKey, data }: { nodeKey: string; data: ComparisonView }) {
  const card = useNodeCard(nodeKey);
  const update = useNodeUpdate<ComparisonTableNode>(nodeKey, $isComparisonTableNode);
  const query = useApiQuery('items.get', { id: data.comparisonId, kind: 'comparison' }, QUIET_MISSING);
  const unitList = useApiQuery('items.list', { kind: 'unit', limit: 1000 });
  const [choosing, setChoosing] = useState(false);
  const [cell, setCell] = useState<CellTarget | null>(null);
  const unitNames = useMemo(() => new Map((unitList.value?.items ?? []).map((unit) => [unit.id, unit.title])), [unitList.value]);
  const remove = useRemoveNode(nodeKey);
  const setCaption = useCallback((caption: string) => update((node) => node.setData({ caption })), [update]);
  const comparison = query.value?.kind === 'comparison' ? query.value : undefined;

  if (!comparison) {
    if (query.loading) return <Loading what="comparison" />;
    return (
      <div className="node-card comparison-card" {...card.props}>
        <MissingItem kind="comparison" id={data.comparisonId}>
          <button type="button" onClick={remove}>
            Remove comparison table
          </button>
        </MissingItem>
      </div>
    );
  }

  const unitName = (id: string) => unitNames.get(id) ?? `Missing delivery unit (${id})`;
  const unitIds = shownUnitIds(comparison.data, data.unitIds);
  const questions = shownQuestions(comparison.data, data.questionIds);
  const title = data.caption || comparison.data.title;
  return (
    <div className="node-card comparison-card" {...card.props}>
      <div className="node-controls" role="group" aria-label="Comparison table">
        <button type="button" onClick={() => setChoosing(true)}>
          Choose units and questions
        </button>
        <button type="button" aria-pressed={data.transposed} onClick={() => update((node) => node.setData({ transposed: !data.transposed }))}>
          Transpose
        </button>
        <CaptionField caption={data.caption} placeholder={comparison.data.title} onChange={setCaption} />
      </div>
      <div className="table-scroll">
        <table className="node-table" aria-label={title}>
          <caption>{title}</caption>
          {data.transposed ? (
            <Transposed comparison={comparison} unitIds={unitIds} questions={questions} unitName={unitName} onEdit={setCell} />
          ) : (
            <ByQuestion comparison={comparison} unitIds={unitIds} questions={questions} unitName={unitName} onEdit={setCell} />
          )}
        </table>
      </div>
      <ComparisonChooser
        open={choosing}
        units={comparison.data.unitIds.map((id) => ({ id, label: unitName(id) }))}
        questions={comparison.data.questions.map((question) => ({ id: question.id, label: question.text }))}
        shownUnitIds={unitIds}
        shownQuestionIds={questions.map((question) => question.id)}
        onSave={(unitIds, questionIds) => update((node) => node.setData({ unitIds, questionIds }))}
        onClose={() => setChoosing(false)}
      />
      <CellEditor comparison={comparison} cell={cell} onClose={() => setCell(null)} />
    </div>
  );
});

interface LayoutProps {
  comparison: ItemOf<'comparison'>;
  unitIds: readonly string[];
  questions: ComparisonQuestion[];
  unitName: (id: string) => string;
  onEdit: (cell: CellTarget) => void;
}

function ByQuestion({ unitIds, questions, unitName, onEdit }: LayoutProps) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">Question</th>
          {unitIds.map((unitId) => (
            <th scope="col" key={unitId}>
              {unitName(unitId)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {questions.map((question) => (
          <tr key={question.id}>
            <th scope="row">{question.text}</th>
            {unitIds.map((unitId) => (
              <AnswerCell key={unitId} question={question} unitId={unitId} unitName={unitName} onEdit={onEdit} />
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}

function Transposed({ unitIds, questions, unitName, onEdit }: LayoutProps) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">Delivery unit</th>
          {questions.map((question) => (
            <th scope="col" key={question.id}>
              {question.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {unitIds.map((unitId) => (
          <tr key={unitId}>
            <th scope="row">{unitName(unitId)}</th>
            {questions.map((question) => (
              <AnswerCell key={question.id} question={question} unitId={unitId} unitName={unitName} onEdit={onEdit} />
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}

function AnswerCell({
  question,
  unitId,
  unitName,
  onEdit,
}: {
  question: ComparisonQuestion;
  unitId: string;
  unitName: (id: string) => string;
  onEdit: (cell: CellTarget) => void;
}) {
  const points = question.cells[unitId]?.points ?? [];
  const name = `${unitName(unitId)} — ${question.text}`;
  const edit = () => onEdit({ questionId: question.id, unitId, name });
  return (
    <td onDoubleClick={edit}>
      {points.length > 0 ? (
        <ul>
          {points.map((point, index) => (
            <li key={index}>{point}</li>
          ))}
        </ul>
      ) : (
        <span className="quiet">No answer</span>
      )}
      <button type="button" className="cell-edit" aria-label={`Edit answer: ${name}`} onClick={edit}>
        Edit
      </button>
    </td>
  );
}
