import type { KindData } from '../../../../shared/domain';
import { ItemLink } from '../ItemLink';

type Question = KindData<'comparison'>['questions'][number];

/** Questions grouped by theme, in the order the themes first appear. */
function byTheme(questions: readonly Question[]): [theme: string, questions: Question[]][] {
  const groups = new Map<string, Question[]>();
  for (const question of questions) {
    const group = groups.get(question.theme);
    if (group) group.push(question);
    else groups.set(question.theme, [question]);
  }
  return [...groups];
}

/** The comparison as its annex reads: one row per question, one column per delivery unit. */
export function ComparisonView({ comparison, onOpen }: { comparison: KindData<'comparison'>; onOpen: (id: string) => void }) {
  const { unitIds } = comparison;
  if (comparison.questions.length === 0) return <p className="quiet">This comparison has no questions yet.</p>;
  return (
    <div className="table-scroll">
      <table className="comparison" aria-label={comparison.title}>
        <thead>
          <tr>
            <th scope="col">Question</th>
            {unitIds.map((unitId) => (
              <th scope="col" key={unitId}>
                <ItemLink id={unitId} onOpen={onOpen} />
              </th>
            ))}
          </tr>
        </thead>
        {byTheme(comparison.questions).map(([theme, questions]) => (
          <tbody key={theme}>
            {theme && (
              <tr className="theme-row">
                <th scope="rowgroup" colSpan={unitIds.length + 1}>
                  {theme}
                </th>
              </tr>
            )}
            {questions.map((question) => (
              <tr key={question.id}>
                <th scope="row">{question.text}</th>
                {unitIds.map((unitId) => {
                  const cell = question.cells[unitId];
                  const sourceId = cell?.sourceId;
                  return (
                    <td key={unitId}>
                      {cell && cell.points.length > 0 ? (
                        <ul>
                          {cell.points.map((point, index) => (
                            <li key={index}>{point}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className="quiet">No answer</span>
                      )}
                      {sourceId && (
                        <button type="button" className="link-button source-link" onClick={() => onOpen(sourceId)}>
                          Source
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
