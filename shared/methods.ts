/**
 * The names of the API's methods, without their schemas, so the sandboxed preload
 * can allow-list them without bundling the validation library.
 * `test/unit/contract.test.ts` checks this list matches the contract exactly.
 */
export const METHOD_NAMES = [
  'items.list',
  'items.get',
  'items.create',
  'items.update',
  'items.delete',
  'items.usedBy',
  'search',
  'documents.versions',
  'documents.snapshot',
  'documents.version',
  'documents.restore',
  'documents.new',
  'documents.check',
  'documents.export',
  'templates.list',
  'templates.get',
  'library.info',
  'items.versions',
  'items.version',
  'items.restoreVersion',
  'bundles.export',
  'bundles.import',
  'backups.list',
  'backups.create',
  'backups.restore',
  'import.preview',
  'import.run',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
