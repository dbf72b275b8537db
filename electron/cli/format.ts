import type { BriefFinding } from '../../shared/briefing';
import { plural } from '../../shared/words';
import { KINDS, type Item } from '../../shared/domain';
import type { SearchResult, Snippet } from '../../shared/contract';
import type { ItemSummary } from '../../shared/domain';
import type { TemplateSummary } from '../../shared/template';
import { richTextToPlain } from '../../shared/richtext';

/** How hits are shown in a snippet: bold on a terminal, **hit** in a pipe. */
export function formatSnippet(snippet: Snippet, terminal: boolean): string {
  return snippet
    .map((part) => (part.hit ? (terminal ? `\u001b[1m${part.text}\u001b[22m` : `**${part.text}**`) : part.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function formatList(items: ItemSummary[], total: number): string {
  if (items.length === 0) return 'Nothing here yet.';
  const lines = items.map((item) => `${item.id}  ${item.title}`);
  if (total > items.length) lines.push(`(${items.length} of ${total}; use --json for the rest)`);
  return lines.join('\n');
}

export function formatTemplates(templates: TemplateSummary[]): string {
  return templates.map((template) => `${template.id}  ${template.name}\n    ${template.description}`).join('\n');
}

/** The brief checker's findings, errors first, each with its section. */
export function formatFindings(findings: BriefFinding[]): string {
  if (findings.length === 0) return 'The brief checker found nothing to fix.';
  const ordered = [...findings].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const lines = ordered.map((finding) => `${finding.severity === 'error' ? 'error  ' : 'warning'}  ${finding.section}: ${finding.message}`);
  lines.push(`${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}.`);
  return lines.join('\n');
}

export function formatResults(results: SearchResult[], terminal: boolean): string {
  if (results.length === 0) return 'No matches.';
  return results
    .map((result) => `${KINDS[result.kind].label}  ${result.title}\n    ${formatSnippet(result.snippet, terminal)}\n    ${result.id}`)
    .join('\n');
}

const field = (label: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? [] : [`${label}: ${value}`];
const bullets = (values: string[]) => values.map((value) => `  - ${value}`);

/** One item in full, as a person reads it. */
export function formatItem(item: Item, titleOf: (id: string) => string): string {
  const head = [`${KINDS[item.kind].label}: ${itemHeading(item)}`, `id: ${item.id}`];
  const tail = [
    ...field('tags', item.data.tags.join(', ')),
    ...(item.data.sourceIds.length ? ['sources:', ...bullets(item.data.sourceIds.map(titleOf))] : []),
    `updated: ${item.updatedAt}`,
  ];
  return [...head, ...itemBody(item, titleOf), ...tail].join('\n');
}

function itemHeading(item: Item): string {
  switch (item.kind) {
    case 'unit':
      return item.data.name;
    case 'note':
      return `${item.data.noteType} by ${item.data.speaker || 'unknown speaker'}`;
    case 'commitment':
      return item.data.number ? `no. ${item.data.number}` : 'commitment';
    default:
      return item.data.title;
  }
}

function itemBody(item: Item, titleOf: (id: string) => string): string[] {
  switch (item.kind) {
    case 'source': {
      const d = item.data;
      return [...field('type', d.type), ...field('authors', d.authors.join('; ')), ...field('publisher', d.publisher), ...field('place', d.place), ...field('date', d.date), ...field('url', d.url), ...field('summary', d.summary)];
    }
    case 'lesson': {
      const d = item.data;
      const quote = d.quote ? [`“${d.quote.text}”${d.quote.attribution ? ` — ${d.quote.attribution}` : ''}`] : [];
      return [...quote, '', richTextToPlain(d.body), '', ...field('themes', d.themes.join(', ')), ...field('jurisdictions', d.jurisdictions.join(', '))];
    }
    case 'unit': {
      const d = item.data;
      return [...field('short name', d.shortName), ...field('government', d.government), ...field('level', d.level), ...field('sits in', d.sitsIn), ...field('established', d.established), ...field('summary', d.summary)];
    }
    case 'comparison': {
      const d = item.data;
      const lines = [`units: ${d.unitIds.map(titleOf).join(' | ')}`];
      let theme = '';
      for (const question of d.questions) {
        if (question.theme && question.theme !== theme) {
          theme = question.theme;
          lines.push('', `## ${theme}`);
        }
        lines.push('', `${question.id}. ${question.text}`);
        for (const unitId of d.unitIds) {
          lines.push(`  ${titleOf(unitId)}:`, ...(question.cells[unitId]?.points ?? []).map((point) => `    - ${point}`));
        }
      }
      return lines;
    }
    case 'workshop': {
      const d = item.data;
      return [...field('place', d.place), `dates: ${d.startDate} to ${d.endDate}`, ...field('organisers', d.organisers.join('; ')), ...field('participants', d.participants.join('; ')), ...field('summary', d.summary)];
    }
    case 'note': {
      const d = item.data;
      return [...field('workshop', titleOf(d.workshopId)), ...field('session', d.session), ...field('speaker', [d.speaker, d.speakerRole].filter(Boolean).join(', ')), ...field('time', d.time), '', d.text];
    }
    case 'commitment': {
      const d = item.data;
      return [d.text, ...bullets(d.details), ...field('owner', d.owner), ...field('frequency', d.frequency), ...field('due', d.dueDate), ...field('status', d.status)];
    }
    case 'table': {
      const d = item.data;
      const header = d.columns.map((column) => (column.unit ? `${column.label} (${column.unit})` : column.label));
      const rows = d.rows.map((row) => row.map((value) => (value === null ? '–' : String(value))));
      const widths = header.map((label, index) => Math.max(label.length, ...rows.map((row) => (row[index] ?? '').length)));
      const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
      return [line(header), ...rows.map(line), ...field('notes', d.notes)];
    }
    case 'document':
      return [...field('template', item.data.templateId), ...field('author', item.data.author), '', richTextToPlain(item.data.state)];
  }
}
