import {
  COMMITMENT_STATUSES,
  NOTE_TYPES,
  SOURCE_TYPES,
  UNIT_LEVELS,
  type KindInput,
} from '../../../../shared/domain';
import type { Kind } from '../../../../shared/kinds';
import { paragraphNode, richTextRoot } from '../../../../shared/richtext';

/**
 * The fields of every kind's form, declared once as data: one generic form
 * renders them all. Each field names a key of the kind's data; a widget that
 * edits several keys at once (a data table's columns and rows) says which it covers.
 */

export interface Option {
  value: string;
  label: string;
}

export type Widget =
  | { type: 'text' }
  | { type: 'textarea' }
  /** A list of words or names, one per line. */
  | { type: 'words' }
  /** A calendar date (YYYY-MM-DD); `optional` stores an empty one as null. */
  | { type: 'date'; optional: boolean }
  /** A date as a citation gives it: 2017, 2017-11 or 2017-11-13; empty is null. */
  | { type: 'partial-date' }
  /** A date and time, stored as ISO with the writer's offset; empty is null. */
  | { type: 'datetime' }
  /** A whole number; empty is null. */
  | { type: 'number' }
  | { type: 'select'; options: readonly Option[] }
  /** Links to library items of one kind. */
  | { type: 'item'; kind: Kind; multiple: boolean }
  | { type: 'rich-text' }
  /** A lesson's pull quote and its attribution, or none. */
  | { type: 'quote' }
  /** A comparison's questions and each unit's answer points. */
  | { type: 'questions' }
  /** A data table's columns and rows. */
  | { type: 'table' }
  /** The template a new document follows. */
  | { type: 'template' };

export type WidgetType = Widget['type'];

export interface FieldDef {
  /** The key of the kind's data the field edits. */
  key: string;
  label: string;
  widget: Widget;
  /** Further keys of the data this field's widget edits. */
  covers?: readonly string[];
  hint?: string;
  /** Shown only when creating, or only when editing (what `documents.new` takes differs from what a document holds). */
  only?: 'create' | 'edit';
}

type DataKey<K extends Kind> = keyof KindInput<K> & string;

/** A field of one kind: its keys are checked against the kind's data. */
export type KindField<K extends Kind> = FieldDef & { key: DataKey<K>; covers?: readonly DataKey<K>[] };

const text = { type: 'text' } as const;
const textarea = { type: 'textarea' } as const;
const words = { type: 'words' } as const;
const ONE_PER_LINE = 'One per line.';

function options(values: readonly string[], names: Record<string, string> = {}): Widget {
  return { type: 'select', options: values.map((value) => ({ value, label: names[value] ?? value.charAt(0).toUpperCase() + value.slice(1) })) };
}

function common<K extends Kind>(): KindField<K>[] {
  return [
    { key: 'tags', label: 'Tags', widget: words, hint: ONE_PER_LINE },
    { key: 'sourceIds', label: 'Sources', widget: { type: 'item', kind: 'source', multiple: true } },
  ] as KindField<K>[];
}

export const NOTE_TYPE_NAMES: Record<(typeof NOTE_TYPES)[number], string> = {
  note: 'Note',
  quote: 'Quote',
  action: 'Action',
  question: 'Question',
};

export const FORM_FIELDS: { [K in Kind]: readonly KindField<K>[] } = {
  lesson: [
    { key: 'title', label: 'Title', widget: text },
    { key: 'quote', label: 'Pull quote', widget: { type: 'quote' } },
    { key: 'body', label: 'Body', widget: { type: 'rich-text' } },
    { key: 'themes', label: 'Themes', widget: words, hint: ONE_PER_LINE },
    { key: 'jurisdictions', label: 'Jurisdictions', widget: words, hint: ONE_PER_LINE },
    { key: 'fromNoteId', label: 'Promoted from workshop note', widget: { type: 'item', kind: 'note', multiple: false } },
    ...common<'lesson'>(),
  ],
  unit: [
    { key: 'name', label: 'Name', widget: text },
    { key: 'shortName', label: 'Short name', widget: text, hint: 'SMU, SSU…' },
    { key: 'government', label: 'Government', widget: text, hint: 'The government it serves: Punjab, Khyber Pakhtunkhwa…' },
    { key: 'level', label: 'Level', widget: options(UNIT_LEVELS) },
    { key: 'sitsIn', label: 'Sits in', widget: text, hint: 'The office it reports to.' },
    { key: 'established', label: 'Year established', widget: { type: 'number' } },
    { key: 'summary', label: 'Summary', widget: textarea },
    ...common<'unit'>(),
  ],
  comparison: [
    { key: 'title', label: 'Title', widget: text },
    { key: 'unitIds', label: 'Delivery units', widget: { type: 'item', kind: 'unit', multiple: true } },
    { key: 'questions', label: 'Questions', widget: { type: 'questions' } },
    ...common<'comparison'>(),
  ],
  workshop: [
    { key: 'title', label: 'Title', widget: text },
    { key: 'place', label: 'Place', widget: text },
    { key: 'startDate', label: 'Start date', widget: { type: 'date', optional: false } },
    { key: 'endDate', label: 'End date', widget: { type: 'date', optional: false } },
    { key: 'organisers', label: 'Organisers', widget: words, hint: ONE_PER_LINE },
    { key: 'participants', label: 'Participants', widget: words, hint: ONE_PER_LINE },
    { key: 'summary', label: 'Summary', widget: textarea },
    ...common<'workshop'>(),
  ],
  note: [
    { key: 'workshopId', label: 'Workshop', widget: { type: 'item', kind: 'workshop', multiple: false } },
    { key: 'noteType', label: 'Type', widget: options(NOTE_TYPES, NOTE_TYPE_NAMES) },
    { key: 'text', label: 'Text', widget: textarea },
    { key: 'session', label: 'Session', widget: text },
    { key: 'speaker', label: 'Speaker', widget: text },
    { key: 'speakerRole', label: 'Speaker’s role', widget: text },
    { key: 'time', label: 'Time', widget: { type: 'datetime' } },
    ...common<'note'>(),
  ],
  commitment: [
    { key: 'number', label: 'Number', widget: { type: 'number' } },
    { key: 'text', label: 'Commitment', widget: textarea },
    { key: 'owner', label: 'Owner', widget: text },
    { key: 'frequency', label: 'Frequency', widget: text, hint: 'Quarterly, every year…' },
    { key: 'dueDate', label: 'Due date', widget: { type: 'date', optional: true } },
    { key: 'status', label: 'Status', widget: options(COMMITMENT_STATUSES, { 'in-progress': 'In progress' }) },
    { key: 'details', label: 'Details', widget: words, hint: 'One point per line.' },
    ...common<'commitment'>(),
  ],
  table: [
    { key: 'title', label: 'Title', widget: text },
    { key: 'columns', label: 'Columns and rows', widget: { type: 'table' }, covers: ['rows'] },
    { key: 'notes', label: 'Notes', widget: textarea, hint: 'Where the figures come from, what they leave out.' },
    ...common<'table'>(),
  ],
  source: [
    { key: 'title', label: 'Title', widget: text },
    {
      key: 'type',
      label: 'Type',
      widget: options(SOURCE_TYPES, { 'workshop-record': 'Workshop record', 'web-page': 'Web page' }),
    },
    { key: 'authors', label: 'Authors', widget: words, hint: ONE_PER_LINE },
    { key: 'publisher', label: 'Publisher', widget: text },
    { key: 'date', label: 'Date', widget: { type: 'partial-date' }, hint: '2017, 2017-11 or 2017-11-13.' },
    { key: 'place', label: 'Place', widget: text },
    { key: 'url', label: 'Web address', widget: text },
    { key: 'summary', label: 'Summary', widget: textarea },
    { key: 'tags', label: 'Tags', widget: words, hint: ONE_PER_LINE },
  ],
  document: [
    { key: 'title', label: 'Title', widget: text },
    { key: 'templateId', label: 'Template', widget: { type: 'template' }, only: 'create' },
    { key: 'author', label: 'Author', widget: text },
    { key: 'subject', label: 'Subject', widget: text, only: 'edit' },
    ...common<'document'>().map((field) => ({ ...field, only: 'edit' as const })),
  ],
};

/** Keys a form never shows: a document's text is written in the document editor. */
export const EDITED_ELSEWHERE: Partial<Record<Kind, readonly string[]>> = { document: ['state'] };

export type Mode = 'create' | 'edit';

export function fieldsFor(kind: Kind, mode: Mode): readonly FieldDef[] {
  return (FORM_FIELDS[kind] as readonly FieldDef[]).filter((field) => !field.only || field.only === mode);
}

/** The form's data while it is being written: the kind's input, loosely typed until it validates. */
export type Draft = Record<string, unknown>;

function emptyValue(widget: Widget): unknown {
  switch (widget.type) {
    case 'text':
    case 'textarea':
    case 'template':
      return '';
    case 'words':
    case 'questions':
      return [];
    case 'item':
      return widget.multiple ? [] : null;
    case 'date':
      return widget.optional ? null : '';
    case 'partial-date':
    case 'datetime':
    case 'number':
    case 'quote':
      return null;
    case 'select':
      return widget.options[0]?.value ?? '';
    case 'rich-text':
      return richTextRoot([paragraphNode([])]);
    case 'table':
      return [{ label: '', unit: '', type: 'text' }];
  }
}

/** Choices that suit most new items better than the first in the list. */
const NEW_ITEM_DEFAULTS: Partial<Record<Kind, Draft>> = {
  source: { type: 'report' },
  unit: { level: 'provincial' },
  commitment: { status: 'agreed' },
  table: { rows: [] },
  document: { state: richTextRoot([]) },
};

/** What a new item's form starts with. */
export function emptyDraft(kind: Kind): Draft {
  const draft: Draft = {};
  for (const field of FORM_FIELDS[kind] as readonly FieldDef[]) draft[field.key] = emptyValue(field.widget);
  return { ...draft, ...NEW_ITEM_DEFAULTS[kind] };
}

/** The top-level keys whose values differ: what an edit sends, so nothing else is overwritten. */
export function changedKeys(before: Draft, after: Draft): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
