/** One formatter for every number: building one per call costs more than the formatting. */
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** Numbers as the exports print them and the app shows them: "200,000", "1.5". */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}
