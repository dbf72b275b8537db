import { useId, type ComponentType } from 'react';
import type { Draft, FieldDef, Widget, WidgetType } from './fields';
import type { FieldIssue } from './issues';
import { ItemPicker } from './ItemPicker';
import { QuestionsWidget } from './QuestionsWidget';
import { QuoteWidget } from './QuoteWidget';
import { RichTextWidget } from './RichTextWidget';
import {
  DateTimeWidget,
  DateWidget,
  NumberWidget,
  SelectWidget,
  TemplateWidget,
  TextareaWidget,
  TextWidget,
  WordsWidget,
} from './simple-widgets';
import { TableWidget } from './TableWidget';
import type { WidgetProps } from './widget-props';
import './form.css';

const WIDGETS: Record<WidgetType, ComponentType<WidgetProps>> = {
  text: TextWidget,
  textarea: TextareaWidget,
  words: WordsWidget,
  date: DateWidget,
  'partial-date': DateWidget,
  datetime: DateTimeWidget,
  number: NumberWidget,
  select: SelectWidget,
  item: ItemPicker,
  'rich-text': RichTextWidget,
  quote: QuoteWidget,
  questions: QuestionsWidget,
  table: TableWidget,
  template: TemplateWidget,
};

/** How a widget is named: a <label> for one control, a group for several, a plain label an editor points at. */
function naming(widget: Widget): 'label' | 'group' | 'text' {
  if (widget.type === 'rich-text') return 'text';
  if (widget.type === 'questions' || widget.type === 'table' || (widget.type === 'item' && widget.multiple)) return 'group';
  return 'label';
}

interface FormFieldProps {
  field: FieldDef;
  draft: Draft;
  set(key: string, value: unknown): void;
  /** Problems to show now (those of untouched fields wait until the first save). */
  issues: readonly FieldIssue[] | undefined;
}

/** One field: its label, hint, control and problems, linked for assistive technology. */
export function FormField({ field, draft, set, issues }: FormFieldProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const labelId = `${id}-label`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const issuesId = issues?.length ? `${id}-issues` : undefined;
  const describedBy = [hintId, issuesId].filter(Boolean).join(' ') || undefined;
  const Control = WIDGETS[field.widget.type];
  const kind = naming(field.widget);
  const label =
    kind === 'label' ? (
      <label id={labelId} htmlFor={inputId} className="field-label">
        {field.label}
      </label>
    ) : (
      <span id={labelId} className="field-label">
        {field.label}
      </span>
    );
  return (
    <div
      className={`form-field field-${field.widget.type}`}
      role={kind === 'group' ? 'group' : undefined}
      aria-labelledby={kind === 'group' ? labelId : undefined}
      aria-describedby={kind === 'group' ? describedBy : undefined}
    >
      {label}
      {field.hint && (
        <p id={hintId} className="field-hint">
          {field.hint}
        </p>
      )}
      <Control
        field={field}
        draft={draft}
        value={draft[field.key]}
        set={set}
        inputId={inputId}
        labelId={labelId}
        describedBy={describedBy}
        issues={issues}
      />
      {issuesId && (
        <ul id={issuesId} className="field-issues">
          {issues?.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
