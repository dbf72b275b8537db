/** Dates as people read them, in the reader's own locale: "13 November 2017". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // Built from parts, so a date stays the same day in every time zone.
  return new Date(year, month - 1, day).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** Now, as an ISO date and time with the writer's own offset: "2017-11-13T10:30:00+05:00". */
export function isoWithOffset(date: Date): string {
  const pad = (value: number) => String(Math.trunc(Math.abs(value))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** The time a note was taken as the rapporteur saw the clock: "10:30". */
export function clockTime(time: string | null): string {
  return time ? (/T(\d{2}:\d{2})/.exec(time)?.[1] ?? '') : '';
}
