/** "1 lesson", "3 lessons": a count with its noun, for messages people read. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
