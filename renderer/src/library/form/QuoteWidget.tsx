import { useId } from 'react';
import { issueAt } from './issues';
import { invalidProps, type WidgetProps } from './widget-props';

interface Quote {
  text: string;
  attribution: string;
}

function asQuote(value: unknown): Quote {
  const quote = (value ?? {}) as Partial<Quote>;
  return { text: quote.text ?? '', attribution: quote.attribution ?? '' };
}

/** A lesson's pull quote and who said it; both empty means the lesson has none. */
export function QuoteWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const attributionId = useId();
  const quote = asQuote(value);
  const change = (next: Quote) => set(field.key, next.text.trim() === '' && next.attribution.trim() === '' ? null : next);
  return (
    <div className="quote-field">
      <textarea
        id={inputId}
        rows={2}
        value={quote.text}
        onChange={(event) => change({ ...quote, text: event.target.value })}
        {...invalidProps(issueAt(issues, 'text'), describedBy)}
      />
      <label htmlFor={attributionId}>Attribution</label>
      <input
        id={attributionId}
        type="text"
        value={quote.attribution}
        placeholder="Name, role"
        onChange={(event) => change({ ...quote, attribution: event.target.value })}
        {...invalidProps(issueAt(issues, 'attribution'), describedBy)}
      />
    </div>
  );
}
