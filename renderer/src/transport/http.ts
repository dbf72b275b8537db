import type { Transport } from '../../../shared/client';
import { isApiErrorShape, type Envelope } from '../../../shared/errors';
import { API_PATH, TOKEN_HEADER } from '../../../shared/http';

/** The part of `fetch` the bridge uses, so tests can hand in a fake. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface HttpTransportOptions {
  token: string;
  fetch: FetchLike;
  /** Where `rapporteur serve` answers; the page's own origin by default. */
  baseUrl?: string;
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return true;
  return body.ok === false && 'error' in body && isApiErrorShape(body.error);
}

function failure(message: string): Envelope<never> {
  return { ok: false, error: { type: 'internal', message } };
}

/**
 * Browser mode: each call is `POST /api/<method>` with the input as JSON.
 * The server answers with an envelope, also when the status is not 2xx.
 */
export function createHttpTransport({ token, fetch, baseUrl = '' }: HttpTransportOptions): Transport {
  return async (method, input) => {
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      response = await fetch(`${baseUrl}${API_PATH}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('Rapporteur’s server did not answer. Is `rapporteur serve` still running?');
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (isEnvelope(body)) return body;
    return failure(`Rapporteur’s server sent a reply that could not be read (HTTP ${response.status}).`);
  };
}
