import { useId } from 'react';

export interface PropertyValues {
  author: string;
  subject: string;
  /** As typed: tags separated by commas. */
  tags: string;
}

interface PropertiesProps {
  values: PropertyValues;
  templateName: string;
  onChange(values: PropertyValues): void;
}

/** Tags as typed ("education, Punjab") to the list the document keeps. */
export function parseTags(typed: string): string[] {
  return [...new Set(typed.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** The document's properties (they go into the exported file's properties); saved by autosave. */
export function Properties({ values, templateName, onChange }: PropertiesProps) {
  const headingId = useId();
  const ids = { author: useId(), subject: useId(), tags: useId(), tagsHint: useId() };
  return (
    <section className="panel-part properties" aria-labelledby={headingId}>
      <h3 id={headingId}>Properties</h3>
      <div className="field">
        <label htmlFor={ids.author}>Author</label>
        <input id={ids.author} type="text" value={values.author} onChange={(event) => onChange({ ...values, author: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.subject}>Subject</label>
        <input id={ids.subject} type="text" value={values.subject} onChange={(event) => onChange({ ...values, subject: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.tags}>Tags</label>
        <input
          id={ids.tags}
          type="text"
          value={values.tags}
          aria-describedby={ids.tagsHint}
          onChange={(event) => onChange({ ...values, tags: event.target.value })}
        />
        <p id={ids.tagsHint} className="quiet field-hint">
          Separate tags with commas.
        </p>
      </div>
      <p className="quiet">
        Template: <span>{templateName}</span>
      </p>
    </section>
  );
}
