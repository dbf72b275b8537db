import type { Session } from 'electron';

/** The page asks for no camera, notifications or the like, so every permission is refused. */
export function hardenSession(session: Session, contentSecurityPolicy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Covers pages served over HTTP (the dev server); built files carry the same policy in a <meta>.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}
