import type { Handlers } from '../../../shared/contract';
import { checkDocument, exportDocument, newDocument } from '../briefing/documents';
import { getTemplate, TEMPLATES } from '../briefing/templates';
import type { Exporter, PdfPrinter } from '../export';
import type { FileReader } from '../import/read';
import type { Library } from '../library/library';
import { exportBundle, importBundle } from '../bundle';
import { Backups } from '../library/backups';
import { importFile } from '../import';

/** The core's implementation of every API method; inputs arrive validated. */
export function createHandlers(
  library: Library,
  /** Where exports and the reading of files to import run: in process unless the shell gives its worker threads'. */
  work: { exporter?: Exporter | undefined; printPdf?: PdfPrinter | undefined; reader?: FileReader | undefined } = {},
  backups: Backups = new Backups(library),
): Handlers {
  return {
    'items.list': ({ kind, limit, offset, ...filters }) => library.items.list(kind, filters, limit, offset),
    'items.get': ({ id, kind }) => library.get(id, kind),
    'items.create': ({ kind, id, data }) => library.create(kind, data, id),
    'items.update': ({ kind, id, data, baseUpdatedAt }) => library.update(kind, id, data, baseUpdatedAt),
    'items.delete': ({ kind, id }) => {
      library.delete(kind, id);
      return { id, deleted: true };
    },
    'items.usedBy': ({ id }) => {
      library.get(id);
      return library.items.usedBy(id);
    },
    search: ({ query, ...options }) => ({ results: library.search.search(query, options) }),
    'documents.versions': ({ documentId }) => {
      library.get(documentId, 'document');
      return library.versions.list(documentId);
    },
    'documents.snapshot': ({ documentId, label }) => library.snapshot(documentId, label),
    'documents.version': ({ versionId }) => library.version(versionId),
    'documents.restore': ({ documentId, versionId }) => library.restore(documentId, versionId),
    'documents.new': (input) => newDocument(library, input),
    'documents.check': ({ documentId }) => ({ findings: checkDocument(library, documentId) }),
    'documents.export': async ({ documentId, format, tableOfContents, referenceDoc }) => {
      const options = {
        ...(tableOfContents === undefined ? {} : { tableOfContents }),
        ...(referenceDoc ? { referenceDoc: { name: referenceDoc.name, bytes: Buffer.from(referenceDoc.base64, 'base64') } } : {}),
      };
      const exported = await exportDocument(library, documentId, format, options, work);
      return { fileName: exported.fileName, mediaType: exported.mediaType, base64: Buffer.from(exported.bytes).toString('base64') };
    },
    'templates.list': () => TEMPLATES.map(({ id, name, description, audience }) => ({ id, name, description, audience })),
    'templates.get': ({ id }) => getTemplate(id),
    'library.info': () => ({ path: library.path, schemaVersion: library.schemaVersion, counts: library.items.counts() }),
    'items.versions': ({ id }) => {
      library.get(id);
      return library.itemVersions.list(id);
    },
    'items.version': ({ versionId }) => library.itemVersion(versionId),
    'items.restoreVersion': ({ id, versionId }) => library.restoreItemVersion(id, versionId),
    'bundles.export': (selection) => {
      const bundle = exportBundle(library, selection);
      return { fileName: bundle.fileName, base64: bundle.bytes.toString('base64'), counts: bundle.counts };
    },
    'bundles.import': ({ name, base64 }) => importBundle(library, Buffer.from(base64, 'base64'), name),
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create(),
    'backups.restore': ({ name }) => backups.restore(backups.pathOf(name)),
    'import.preview': ({ name, base64, ...options }) => importFile(library, { name, bytes: Buffer.from(base64, 'base64') }, { ...options, dryRun: true }, work.reader),
    'import.run': ({ name, base64, ...options }) => importFile(library, { name, bytes: Buffer.from(base64, 'base64') }, options, work.reader),
  };
}
