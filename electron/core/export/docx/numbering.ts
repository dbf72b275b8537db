import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

/** The two kinds of list, as Word numbering definitions. */
export const LIST_REFERENCES = { bullet: 'bullet-list', ordered: 'numbered-list' } as const;
export type ListKind = keyof typeof LIST_REFERENCES;

const LEVELS = 9;
const INDENT = 360;
const BULLETS = ['•', '◦', '▪'];
const ORDERED = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function levels(kind: ListKind) {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : ORDERED[level % ORDERED.length],
    text: kind === 'bullet' ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } },
  }));
}

/** Bullet and numbered lists, nine levels each; each list is an instance of one, so numbered lists restart at 1. */
export const LIST_NUMBERING: INumberingOptions = {
  config: [
    { reference: LIST_REFERENCES.bullet, levels: levels('bullet') },
    { reference: LIST_REFERENCES.ordered, levels: levels('ordered') },
  ],
};
