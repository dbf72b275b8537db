import type { Transport } from '../../../shared/client';
import type { Envelope } from '../../../shared/errors';
import type { MethodName } from '../../../shared/methods';

/** What the Electron preload puts on `window.rapporteur`: one function per API method. */
export type Bridge = { [M in MethodName]: (input: unknown) => Promise<Envelope<unknown>> };

declare global {
  interface Window {
    rapporteur?: Bridge;
  }
}

export function createBridgeTransport(bridge: Bridge): Transport {
  return (method, input) => bridge[method](input);
}
