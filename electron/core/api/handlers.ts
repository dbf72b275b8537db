import type { Handlers } from '../../../shared/contract';
import { checkDocument, exportDocument, newDocument } from '../briefing/documents';
import { getTemplate, TEMPLATES } from '../briefing/templates';
import type { Exporter, PdfPrinter } from '../export/worker-exporter';
import type { Library } from '../library/library';

/** The core's implementation of every API method; inputs arrive validated. */
export function createHandlers(library: Library, output: { exporter?: Exporter | undefined; printPdf?: PdfPrinter | undefined } = {}): Handlers {
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
      const exported = await exportDocument(library, documentId, format, options, output);
      return { fileName: exported.fileName, mediaType: exported.mediaType, base64: Buffer.from(exported.bytes).toString('base64') };
    },
    'templates.list': () => TEMPLATES.map(({ id, name, description, audience }) => ({ id, name, description, audience })),
    'templates.get': ({ id }) => getTemplate(id),
    'library.info': () => ({ path: library.path, schemaVersion: library.schemaVersion, counts: library.items.counts() }),
  };
}
