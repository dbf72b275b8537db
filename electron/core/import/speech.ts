/**
 * Quotations inside running text, as news reports and conference write-ups
 * give them: "…, Joanna Reid CBE, said, “When Government fails…”", a quotation
 * running on into the next paragraph, or only its closing mark surviving
 * extraction. Each comes with the speaker and their role when the sentence
 * names them ("X said", "“…,” X – role"); "he said" is the last named speaker.
 */
export interface Speech {
  text: string;
  speaker: string;
  speakerRole: string;
}

/** Fewer words than this is a phrase in quotation marks, not something someone said. */
const MIN_WORDS = 6;
const SAYS = '(?:said|says|told|added|noted|stressed|recalled|explained|argued|remarked|warned|cautioned)';
const NAME = "((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}\\p{Lu}[\\p{L}’'.-]+)";
const NAME_BEFORE = new RegExp(`${NAME},?\\s+${SAYS}\\b`, 'gu');
const NAME_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:${SAYS}\\s+)?${NAME}(?:\\s*[–—,-]\\s*([^.;]{3,120}))?`, 'u');
const PRONOUN_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:(?:he|she|they)\\s+${SAYS}|${SAYS}\\s+(?:he|she))\\b`, 'iu');
const HONOURS = /\s+(?:CBE|OBE|MBE|KBE|MP|MNA|MPA)$/;
const SETTING = /^(?:in|at|on|speaking|during|opening|closing|addressing|while|later)\b/i;

interface Named {
  speaker: string;
  speakerRole: string;
}

/** The last "Name said" in `context`, with the comma-separated words before the name as the role. */
function namedBefore(context: string): Named | null {
  const matches = [...context.matchAll(NAME_BEFORE)];
  const last = matches.at(-1);
  if (!last) return null;
  const sentence = context.slice(0, last.index).split(/[.!?]\s+/).at(-1) ?? '';
  const role = sentence
    .split(',')
    .map((part) => part.trim().replace(/^the\s+/i, ''))
    .filter((part) => part && !SETTING.test(part))
    .join(', ');
  return { speaker: last[1]!.replace(HONOURS, '').trim(), speakerRole: role };
}

function namedAfter(rest: string): Named | null {
  const match = NAME_AFTER.exec(rest);
  if (!match || /^(?:The|This|It|In|But|And|He|She|They)\s/.test(match[1]!)) return null;
  return { speaker: match[1]!.replace(HONOURS, '').trim(), speakerRole: (match[2] ?? '').replace(/^the\s+/i, '').trim() };
}

export function findSpeech(paragraphs: string[]): Speech[] {
  const found: Speech[] = [];
  let last: Named | null = null;
  const emit = (text: string, named: Named | null) => {
    const clean = text.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
    if (named) last = named;
    if (clean.split(' ').length >= MIN_WORDS) found.push({ text: clean, ...(named ?? last ?? { speaker: '', speakerRole: '' }) });
  };
  let open: { parts: string[]; named: Named | null; paragraphs: number } | null = null;
  for (const paragraph of paragraphs) {
    const text = paragraph.replace(/[“”]/g, (mark) => mark).replace(/(^|[\s(])"(?=\S)/g, '$1“').replace(/(\S)"(?=[\s,.;:)]|$)/g, '$1”');
    let position = 0;
    while (position <= text.length) {
      if (open) {
        const close = text.indexOf('”', position);
        if (close < 0) {
          open.parts.push(text.slice(position));
          open.paragraphs += 1;
          if (open.paragraphs > 2) open = null;
          break;
        }
        open.parts.push(text.slice(position, close));
        const rest = text.slice(close + 1);
        emit(open.parts.join(' '), open.named ?? namedAfter(rest) ?? (PRONOUN_AFTER.test(rest) ? last : null));
        open = null;
        position = close + 1;
        continue;
      }
      const opening = text.indexOf('“', position);
      const closing = text.indexOf('”', position);
      if (closing >= 0 && (opening < 0 || closing < opening) && position === 0) {
        // Only the closing mark survived: the quotation runs from the paragraph's start, or from "said that".
        const named = namedBefore(text.slice(0, closing));
        const start = named ? text.search(new RegExp(`${SAYS}(?:\\s+that)?\\s+`, 'u')) : 0;
        const from = named ? start + (/^\S+(?:\s+that)?\s+/u.exec(text.slice(start))?.[0].length ?? 0) : 0;
        emit(text.slice(from, closing), named);
        position = closing + 1;
        continue;
      }
      if (opening < 0) break;
      open = { parts: [], named: namedBefore(text.slice(0, opening)), paragraphs: 0 };
      position = opening + 1;
    }
    // Reported speech names who is talking for a quotation that follows without a name.
    if (!open) last = namedBefore(text) ?? last;
  }
  return found;
}
