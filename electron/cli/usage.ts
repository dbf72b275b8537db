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
  backup <file>               copy the library to a new file while it is in use
  check                       integrity and consistency check
  serve [--port N]            browser mode on 127.0.0.1; prints the address to open

Options:
  --library FILE   the library file (default: the desktop app's; RAPPORTEUR_LIBRARY overrides)
  --json           machine-readable output
  --help           this help`;
