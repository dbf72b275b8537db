/**
 * How many columns text takes in a monospaced editor, as pandoc counts them
 * when it reads a grid table: a table whose borders are counted otherwise
 * falls apart. East Asian wide characters and emoji take two, combining
 * diacritics none. The ranges are what pandoc 2.17 was seen to measure, for
 * every assigned character, by having it write and read a grid table of each.
 */

const ZERO: [number, number][] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x11a3, 0x11a7],
  [0x11fa, 0x11ff],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x3247],
  [0x3250, 0x4dbf],
  [0x4e00, 0xa4c6],
  [0xa960, 0xa97c],
  [0xac00, 0xd7fb],
  [0xf900, 0xfad9],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6b],
  [0xff01, 0xff60],
  [0x1b000, 0x1cfc3],
  [0x1f200, 0x1f265],
  [0x20000, 0x3fffd],
];

/**
 * Symbols pandoc 2.17 writes one column wide but reads as two (and pandoc 3,
 * following Unicode, counts one): math, arrows, dingbats, game pieces,
 * enclosed letters, alchemical and legacy computing symbols, and the scripts
 * between U+2B56 and U+2E5D.
 */
const DISPUTED: [number, number][] = [
  [0x231c, 0x2327],
  [0x23f4, 0x23f7],
  [0x25ff, 0x25ff],
  [0x2616, 0x2617],
  [0x2654, 0x265e],
  [0x2680, 0x2691],
  [0x26a2, 0x26a6],
  [0x26ac, 0x26af],
  [0x26bf, 0x26c3],
  [0x26c6, 0x26c7],
  [0x26d5, 0x26e8],
  [0x26eb, 0x26ef],
  [0x26f6, 0x26f6],
  [0x26fb, 0x26fc],
  [0x26fe, 0x2701],
  [0x2706, 0x2707],
  [0x2729, 0x2732],
  [0x274d, 0x274d],
  [0x274f, 0x2752],
  [0x2756, 0x2756],
  [0x2758, 0x2762],
  [0x2798, 0x27a0],
  [0x27b1, 0x27be],
  [0x27c0, 0x2933],
  [0x2b1d, 0x2b4f],
  [0x2b51, 0x2b54],
  [0x2b56, 0x2e5d],
  [0x1f005, 0x1f0ce],
  [0x1f0d1, 0x1f16f],
  [0x1f18f, 0x1f190],
  [0x1f19b, 0x1f1ad],
  [0x1f394, 0x1f395],
  [0x1f3f1, 0x1f3f2],
  [0x1f53e, 0x1f548],
  [0x1f54f, 0x1f54f],
  [0x1f568, 0x1f56e],
  [0x1f57b, 0x1f586],
  [0x1f597, 0x1f5a3],
  [0x1f650, 0x1f67f],
  [0x1f6c6, 0x1f6ca],
  [0x1f6d3, 0x1f6d4],
  [0x1f700, 0x1f7d8],
  [0x1f800, 0x1f90b],
  [0x1f93b, 0x1f93b],
  [0x1f946, 0x1f946],
  [0x1fa00, 0x1fa6d],
  [0x1fb00, 0x1fbf9],
];

const EMOJI = /\p{Emoji_Presentation}/u;
/**
 * Marks and invisible format characters other than the common diacritics,
 * flags' letters and skin tones: widths that depend on the version or on
 * the neighbouring characters.
 */
const CONTEXTUAL = /[\p{Mn}\p{Me}\p{Cf}]/u;
const FLAG_LETTERS: [number, number] = [0x1f1e6, 0x1f1ff];
const SKIN_TONES: [number, number] = [0x1f3fb, 0x1f3ff];

const within = (code: number, [from, to]: [number, number]) => code >= from && code <= to;

/** Whether pandoc's versions, or the characters around it, may count this character's width differently. */
export function widthIsUncertain(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x300) return code === 0xad;
  if (ZERO.some((range) => within(code, range))) return false;
  return CONTEXTUAL.test(char) || within(code, FLAG_LETTERS) || within(code, SKIN_TONES) || DISPUTED.some((range) => within(code, range));
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x300) return 1;
  if (ZERO.some((range) => within(code, range))) return 0;
  if (WIDE.some((range) => within(code, range)) || DISPUTED.some((range) => within(code, range))) return 2;
  return EMOJI.test(char) && !within(code, FLAG_LETTERS) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
