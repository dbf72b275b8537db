export const USAGE = `Usage: rapporteur <command> [options]

Commands:
  list <kind>                 lessons, units, comparisons, workshops, notes,
                              commitments, tables, sources, documents, templates
  search <query> [--kind K]   ranked full-text search with snippets
  show <kind> <id>            one item in full
  add <kind> [--file F]       create an item from JSON (stdin or a file); prints its id
  new <template> --title T    a new document from a template [--subtitle S] [--author A];
                              prints its id
  export <id> --format docx|md|html --out FILE
                              export a document [--reference-doc org.docx] [--toc]
                              (PDF: in the desktop app, or print the HTML)
  check-doc <id>              the brief checker's findings for a document
  import <file>               a DOCX, Markdown or plain-text file as a document
                              [--as document] [--template ID] (default from-policy-to-action)
                              or as library items [--as library] [--workshop ID for its quotes];
                              [--dry-run] shows what would be created and writes nothing
  bundle export <file>        a bundle of items to share: [--kind lessons,sources] [--tag T]
                              [--source ID] [--document ID], with everything they link to
  bundle import <file>        merge a bundle: new items added, identical ones skipped; for a
                              changed one the newer copy wins, the other is kept as a version
  versions <id>               a document's saved versions, or another item's earlier copies
                              (kept when a bundle import replaced it), newest first
  bring-back <id> <version>   restore one of them; the current text is kept as a version first
  backup <file>               copy the library to a new file while it is in use
  backups                     the library's automatic backups, newest first
  restore <file|name>         bring the library back to a backup (the current state is
                              backed up first)
  check                       integrity and consistency check
  serve [--port N]            browser mode on 127.0.0.1; prints the address to open

Options:
  --library FILE   the library file (default: the desktop app's; RAPPORTEUR_LIBRARY overrides)
  --json           machine-readable output
  --help           this help`;
