const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A workshop's dates as the exports print them: "13–14 November 2017",
 * "30 November – 2 December 2017", "13 November 2017"; the editor shows the same.
 */
export function dateRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const month = (m: number) => MONTHS[m - 1] ?? '';
  if (start === end) return `${sd} ${month(sm)} ${sy}`;
  if (sy === ey && sm === em) return `${sd}–${ed} ${month(sm)} ${sy}`;
  if (sy === ey) return `${sd} ${month(sm)} – ${ed} ${month(em)} ${sy}`;
  return `${sd} ${month(sm)} ${sy} – ${ed} ${month(em)} ${ey}`;
}
