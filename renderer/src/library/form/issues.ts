import type { z } from 'zod';
import { KINDS } from '../../../../shared/domain';
import { KIND_INFO, type Kind } from '../../../../shared/kinds';
import type { Draft, FieldDef, WidgetType } from './fields';

/** A problem with one field, where inside it (`at`: the path below the field's key), in words. */
export interface FieldIssue {
  at: readonly PropertyKey[];
  message: string;
}

/** Problems by field key; those no field shows are under FORM_LEVEL. */
export type IssuesByField = ReadonlyMap<string, readonly FieldIssue[]>;
export const FORM_LEVEL = '';

type Issue = z.core.$ZodIssue;

/** Zod's own messages rewritten as a person would say them; the schemas' own messages are already so. */
function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.startsWith('Invalid input')) {
        return issue.expected === 'number' ? 'must be a number' : 'is required';
      }
      return issue.message;
    case 'invalid_value':
      return issue.message.startsWith('Invalid option') ? 'choose one of the options' : issue.message;
    case 'too_small':
      if (issue.message.startsWith('Too small')) {
        return issue.origin === 'number' ? `must be at least ${String(issue.minimum)}` : 'is required';
      }
      return issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') && issue.origin === 'number' ? `must be at most ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}

function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** Where inside a compound field a problem is: "Question 3", "Row 2, column 1". */
export function locate(widget: WidgetType, key: string, at: readonly PropertyKey[]): string {
  const [first, second] = at;
  const ordinal = (value: PropertyKey | undefined) => (typeof value === 'number' ? value + 1 : undefined);
  switch (widget) {
    case 'questions':
      return ordinal(first) ? `Question ${ordinal(first)}` : '';
    case 'table':
      if (key === 'rows' && ordinal(first)) return ordinal(second) ? `Row ${ordinal(first)}, column ${ordinal(second)}` : `Row ${ordinal(first)}`;
      if (key === 'columns' && ordinal(first)) return `Column ${ordinal(first)}`;
      return '';
    case 'words':
    case 'item':
      return ordinal(first) ? `Line ${ordinal(first)}` : '';
    case 'quote':
      return first === 'attribution' ? 'Attribution' : '';
    default:
      return '';
  }
}

/**
 * Sorts a validation's problems to the fields that show them, each as a sentence
 * that says where and what: "Question 3: the question is required."
 */
export function issuesByField(fields: readonly FieldDef[], issues: readonly Issue[]): IssuesByField {
  const owner = new Map<string, FieldDef>();
  for (const field of fields) for (const key of [field.key, ...(field.covers ?? [])]) owner.set(key, field);
  const sorted = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const [top, ...rest] = issue.path;
    const field = typeof top === 'string' ? owner.get(top) : undefined;
    const where = field ? locate(field.widget.type, top as string, rest) : issue.path.join('.');
    // An empty link says what to choose, not what an id looks like.
    const unchosen = field?.widget.type === 'item' && rest.length === 0 && issue.code === 'invalid_type';
    const what = unchosen && field.widget.type === 'item' ? `choose a ${KIND_INFO[field.widget.kind].label}` : plainMessage(issue);
    const message = sentence(where ? `${where}: ${what}` : what);
    const key = field?.key ?? FORM_LEVEL;
    // A widget that covers several keys finds its problems by key first.
    const at = field?.covers ? [top as string, ...rest] : rest;
    sorted.set(key, [...(sorted.get(key) ?? []), { at, message }]);
  }
  return sorted;
}

/** Checks a draft against its kind's schema, as the core will. */
export function validate(kind: Kind, fields: readonly FieldDef[], draft: Draft): IssuesByField {
  const result = KINDS[kind].data.safeParse(draft);
  return result.success ? new Map() : issuesByField(fields, result.error.issues);
}

/** True when a problem lies at `at` within its field (or anywhere within it, for a prefix). */
export function issueAt(issues: readonly FieldIssue[] | undefined, ...at: PropertyKey[]): boolean {
  return (issues ?? []).some((issue) => at.every((part, index) => issue.at[index] === part));
}
