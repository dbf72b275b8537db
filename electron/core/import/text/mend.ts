/**
 * Words split by PDF extraction ("L esson 2"): a capital letter on its own
 * followed by a lowercase fragment is joined when the evidence is clear — the
 * joined word occurs whole elsewhere in the text (or is a heading word such
 * documents use) and the fragment never stands alone as a word.
 */
const HEADING_WORDS = new Set(['lesson', 'chapter', 'section', 'table', 'figure', 'annex', 'appendix', 'introduction', 'contents', 'declaration', 'recommendations', 'conclusion', 'summary']);

function vocabulary(lines: string[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of lines) {
    for (const word of line.match(/\p{L}+/gu) ?? []) words.set(word.toLowerCase(), (words.get(word.toLowerCase()) ?? 0) + 1);
  }
  return words;
}

export function mendSplitWords(lines: string[]): string[] {
  const words = vocabulary(lines);
  const split = /(^|[^\p{L}])(\p{Lu}) (\p{Ll}{2,})(?=[^\p{L}]|$)/gu;
  return lines.map((line) =>
    line.replace(split, (whole, before: string, letter: string, rest: string) => {
      const joined = `${letter}${rest}`.toLowerCase();
      const knownWhole = (words.get(joined) ?? 0) > 0 || HEADING_WORDS.has(joined);
      const fragmentIsWord = (words.get(rest) ?? 0) > 1 || rest.length <= 2;
      return knownWhole && !fragmentIsWord ? `${before}${letter}${rest}` : whole;
    }),
  );
}
