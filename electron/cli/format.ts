import type { BackupEntry } from '../../shared/backups';
import type { BriefFinding } from '../../shared/briefing';
import type { ImportReport, ItemVersion } from '../../shared/bundle';
import type { FileImportReport } from '../../shared/import';
import { plural } from '../../shared/words';
import { itemTitle, KINDS, type Item } from '../../shared/domain';
import type { SearchResult, Snippet, Version } from '../../shared/contract';
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

const MERGE_WORDS = { added: 'added  ', skipped: 'skipped', updated: 'updated', kept: 'kept   ' } as const;

/** What a bundle import did, item by item, with the rule it followed. */
export function formatImportReport(report: ImportReport): string {
  const { added, skipped, updated, kept } = report.counts;
  const lines = [`Imported ${report.file}: ${added} added, ${skipped} skipped as identical, ${updated} updated, ${kept} kept.`];
  if (updated + kept > 0) lines.push(`Rule: ${report.rule}`);
  for (const entry of report.items) {
    const what = `${MERGE_WORDS[entry.action]}  ${KINDS[entry.kind].label} "${entry.title}"  ${entry.id}`;
    if (entry.action === 'updated') lines.push(`${what}\n           the bundle's copy is newer; this library's copy is kept as version ${entry.versionId}`);
    else if (entry.action === 'kept') lines.push(`${what}\n           this library's copy is newer; the bundle's copy is kept as version ${entry.versionId}`);
    else lines.push(what);
  }
  return lines.join('\n');
}

/** How many items of each kind, e.g. "6 lessons, 2 sources". */
export function formatCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([kind, n]) => {
    const names = KINDS[kind as keyof typeof KINDS];
    return `${n} ${n === 1 ? names.label : names.plural}`;
  });
  return parts.join(', ') || 'nothing';
}

export function formatBackups(backups: BackupEntry[], folder: string): string {
  if (backups.length === 0) return `No backups yet in ${folder}.`;
  const lines = backups.map((backup) => `${backup.name}  ${backup.createdAt}  ${Math.max(1, Math.round(backup.bytes / 1024))} KB`);
  lines.push(`(${plural(backups.length, 'backup')} in ${folder}, newest first; restore one with: rapporteur restore <name>)`);
  return lines.join('\n');
}

/** What importing a file created (or, with --dry-run, would create), item by item. */
export function formatFileImport(report: FileImportReport): string {
  const lines = [report.dryRun ? `Importing ${report.file} would create:` : `Imported ${report.file}:`];
  const width = Math.max(...report.created.map((item) => KINDS[item.kind].label.length));
  for (const item of report.created) lines.push(`  ${KINDS[item.kind].label.padEnd(width)}  ${item.title}${item.id ? `  ${item.id}` : ''}`);
  lines.push(...report.warnings.map((warning) => `warning: ${warning}`));
  if (report.dryRun) lines.push('Nothing was written (--dry-run).');
  else if (report.documentId) lines.push(`The document's id: ${report.documentId}`);
  return lines.join('\n');
}

/** A document's saved versions, or another item's earlier copies, newest first, with the command that brings one back. */
export function formatVersions(item: Item, versions: Array<Version | ItemVersion>): string {
  const what = item.kind === 'document' ? 'versions' : 'earlier copies';
  if (versions.length === 0) return `"${itemTitle(item)}" has no ${what}.`;
  const lines = versions.map((version) => `${version.id}  ${'createdAt' in version ? version.createdAt : version.savedAt}  ${version.label || version.title}`);
  lines.push(`(${versions.length} ${what} of "${itemTitle(item)}", newest first; bring one back with: rapporteur bring-back ${item.id} <version id>)`);
  return lines.join('\n');
}
