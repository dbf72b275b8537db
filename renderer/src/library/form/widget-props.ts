import type { Draft, FieldDef } from './fields';
import type { FieldIssue } from './issues';

/** What every widget gets: its field, the whole draft (compound widgets read other keys), and how to change it. */
export interface WidgetProps {
  field: FieldDef;
  draft: Draft;
  value: unknown;
  set(key: string, value: unknown): void;
  /** The id of the field's main control, which its label names. */
  inputId: string;
  labelId: string;
  /** Ids of the hint and the problems, for aria-describedby. */
  describedBy: string | undefined;
  issues: readonly FieldIssue[] | undefined;
}

/** The props that mark a control invalid and link it to its problems. */
export function invalidProps(invalid: boolean, describedBy: string | undefined) {
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
}
