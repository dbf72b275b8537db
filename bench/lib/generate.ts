// What the benchmarks generate their content from, so every run measures the same text.

/** A small deterministic generator (a linear congruential one): the same seed gives the same numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Words of the field the library is about. */
export const DOMAIN_WORDS = (
  'delivery unit policy execution stocktake department province federal government priority data target routine ' +
  'monitoring team skills leadership chief minister secretary education health police revenue district citizen ' +
  'service reform budget coordination social protection cash transfer registry poverty targeting beneficiary ' +
  'programme evaluation accountability incentive partnership donor workshop lesson commitment quarterly review'
).split(' ');
