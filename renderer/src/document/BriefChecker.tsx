import { type Ref, useId } from 'react';
import type { BriefFinding } from '../../../shared/briefing';

interface BriefCheckerProps {
  /** Null until the first check has answered. */
  findings: readonly BriefFinding[] | null;
  checking: boolean;
  /** Why the last check failed, if it did. */
  problem: string | null;
  onGo(sectionId: string): void;
}

/** Findings grouped by section, in the order the checker gives them. */
function bySection(findings: readonly BriefFinding[]): [string, BriefFinding[]][] {
  const groups = new Map<string, BriefFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.section) ?? [];
    group.push(finding);
    groups.set(finding.section, group);
  }
  return [...groups];
}

const SEVERITY = { error: 'Error', warning: 'Warning' } as const;

/** The brief checker's findings, re-read after each save; each goes to its section. */
export function BriefChecker({ findings, checking, problem, onGo, ref }: BriefCheckerProps & { ref?: Ref<HTMLElement> }) {
  const headingId = useId();
  return (
    <section ref={ref} className="panel-part checker" aria-labelledby={headingId} aria-busy={checking} tabIndex={-1}>
      <h3 id={headingId}>Brief checker</h3>
      {problem ? <p role="alert" className="panel-problem">{problem}</p> : null}
      {findings === null ? (
        <p className="quiet">{checking ? 'Checking…' : 'The checker runs after the document is saved.'}</p>
      ) : findings.length === 0 ? (
        <p>The brief checker found nothing to fix.</p>
      ) : (
        <ul className="findings" aria-label="Findings">
          {bySection(findings).map(([section, group]) => (
            <li key={section}>
              <span className="findings-section">{section}</span>
              <ul>
                {group.map((finding, index) => (
                  <li key={index} className={`finding finding-${finding.severity}`}>
                    {finding.sectionId ? (
                      <button type="button" className="link-button" onClick={() => onGo(finding.sectionId as string)}>
                        <strong>{SEVERITY[finding.severity]}:</strong> {finding.message}
                      </button>
                    ) : (
                      <span>
                        <strong>{SEVERITY[finding.severity]}:</strong> {finding.message}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
