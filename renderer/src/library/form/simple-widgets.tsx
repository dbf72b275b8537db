import { useState } from 'react';
import { useApiQuery } from '../../useApiQuery';
import { isoWithOffset } from '../dates';
import { invalidProps, type WidgetProps } from './widget-props';

/**
 * The one-control widgets. Those whose typed text is not the stored value (a
 * list, a number, a date and time) keep what was typed, so the text never
 * jumps under the cursor, and store what it means.
 */

function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function TextWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  return (
    <input
      id={inputId}
      type="text"
      value={asText(value)}
      onChange={(event) => set(field.key, event.target.value)}
      {...invalidProps(Boolean(issues?.length), describedBy)}
    />
  );
}

export function TextareaWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  return (
    <textarea
      id={inputId}
      rows={4}
      value={asText(value)}
      onChange={(event) => set(field.key, event.target.value)}
      {...invalidProps(Boolean(issues?.length), describedBy)}
    />
  );
}

/** Splits a list typed one item per line. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function WordsWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const [typed, setTyped] = useState(() => (Array.isArray(value) ? value.join('\n') : ''));
  return (
    <textarea
      id={inputId}
      rows={3}
      value={typed}
      onChange={(event) => {
        setTyped(event.target.value);
        set(field.key, lines(event.target.value));
      }}
      {...invalidProps(Boolean(issues?.length), describedBy)}
    />
  );
}

export function NumberWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const [typed, setTyped] = useState(() => asText(value));
  return (
    <input
      id={inputId}
      type="text"
      inputMode="numeric"
      value={typed}
      onChange={(event) => {
        const text = event.target.value;
        setTyped(text);
        const trimmed = text.trim();
        // Not a number stays text, so the form says what is wrong instead of dropping it.
        set(field.key, trimmed === '' ? null : /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed);
      }}
      {...invalidProps(Boolean(issues?.length), describedBy)}
    />
  );
}

export function DateWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const optional = field.widget.type === 'date' && field.widget.optional;
  const isPartial = field.widget.type === 'partial-date';
  return (
    <input
      id={inputId}
      type={isPartial ? 'text' : 'date'}
      value={asText(value)}
      onChange={(event) => {
        const text = event.target.value.trim();
        set(field.key, text === '' && (optional || isPartial) ? null : text);
      }}
      {...invalidProps(Boolean(issues?.length), describedBy)}
    />
  );
}

/** A date and time; what the writer picks is stored with their clock's offset. */
export function DateTimeWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const shown = typeof value === 'string' ? value.slice(0, 16) : '';
  return (
    <input
      id={inputId}
      type="datetime-local"
      value={shown}
      onChange={(event) => {
        const picked = event.target.value;
        const date = new Date(picked);
        set(field.key, picked === '' ? null : Number.isNaN(date.getTime()) ? picked : isoWithOffset(date));
      }}
      {...invalidProps(Boolean(issues?.length), describedBy)}
    />
  );
}

export function SelectWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const options = field.widget.type === 'select' ? field.widget.options : [];
  return (
    <select id={inputId} value={asText(value)} onChange={(event) => set(field.key, event.target.value)} {...invalidProps(Boolean(issues?.length), describedBy)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

export function TemplateWidget({ field, value, set, inputId, describedBy, issues }: WidgetProps) {
  const { value: templates } = useApiQuery('templates.list', {});
  return (
    <select id={inputId} value={asText(value)} onChange={(event) => set(field.key, event.target.value)} {...invalidProps(Boolean(issues?.length), describedBy)}>
      <option value="">Choose a template…</option>
      {(templates ?? []).map((template) => (
        <option key={template.id} value={template.id}>
          {template.name}
        </option>
      ))}
    </select>
  );
}
