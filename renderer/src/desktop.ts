/** True in the Electron window (its preload is present), false in browser mode. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.rapporteur !== undefined;
}
