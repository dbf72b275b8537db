/** Word measures lengths in twips, twentieths of a point. */
const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}
