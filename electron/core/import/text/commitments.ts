import type { Block } from '../model';

/**
 * The numbered items of a declaration or action plan as commitments: who
 * carries each out when the text says so ("The Federal Government will…",
 * "partners will collaborate…"; a passive "may be explored" names nobody), and
 * how often ("once every quarter", "annually").
 */

/** Headings under which a numbered list is a set of commitments. */
export const COMMITMENTS_HEADING = /declaration|commitments?|action (points|plan)|resolutions?|we (jointly )?agree|agreed actions/i;

const MODAL = /\b(will|shall|should|must|may|agrees? to|commits? to|undertakes? to)\b\s+(?:(?:also|further|jointly|now|continue to|need to)\s+)*(\w+)/i;
const FREQUENCY =
  /\b((?:once|twice|three times|four times|\d+ times)\s+(?:a|an|per|every)\s+(?:day|week|month|quarter|year)|every\s+(?:\d+\s+|other\s+|two\s+|three\s+|six\s+)?(?:days?|weeks?|months?|quarters?|years?)|daily|weekly|fortnightly|monthly|quarterly|biannually|annually|yearly)\b/i;

/** The subject before the first modal verb, when it is a short named actor doing something (not a passive). */
export function ownerOf(text: string): string {
  const modal = MODAL.exec(text);
  if (!modal || /^(be|been)$/i.test(modal[2]!)) return '';
  const clause = text.slice(0, modal.index).split(/[,;:]/).at(-1)!.trim();
  if (!clause || clause.split(/\s+/).length > 6 || /^(there|it|this|these|that)$/i.test(clause)) return '';
  const owner = clause.replace(/^(the|both|all)\s+/i, '');
  return owner.charAt(0).toUpperCase() + owner.slice(1);
}

export function frequencyOf(...texts: string[]): string {
  for (const text of texts) {
    const match = FREQUENCY.exec(text);
    if (match) return match[1]!.toLowerCase();
  }
  return '';
}

/** One numbered item with its sub-points. */
export function toCommitment(number: number | null, item: Block[]): Block {
  const [first, ...rest] = item;
  const text = first?.kind === 'paragraph' ? plainInlines(first) : '';
  const details = rest.flatMap((block) => (block.kind === 'list' ? block.items.map((sub) => sub.map(plainBlock).join(' ').trim()) : [plainBlock(block)])).filter(Boolean);
  const owner = ownerOf(text) || details.map(ownerOf).find(Boolean) || '';
  return { kind: 'commitment', number, text, owner, frequency: frequencyOf(text, ...details), details };
}

function plainInlines(block: Extract<Block, { kind: 'paragraph' }>): string {
  return block.content.map((inline) => (inline.kind === 'text' || inline.kind === 'link' ? inline.text : '')).join('').trim();
}

function plainBlock(block: Block): string {
  return block.kind === 'paragraph' ? plainInlines(block) : '';
}
