/**
 * The address when it is a web link, else undefined. The same rule as the
 * Electron shell's (only http and https leave the app), so a link shown is a link that opens.
 */
export function webLink(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
