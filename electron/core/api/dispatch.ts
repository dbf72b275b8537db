import { contract, type Handlers } from '../../../shared/contract';
import { ApiError, type Envelope } from '../../../shared/errors';
import { isMethodName, METHOD_NAMES } from '../../../shared/methods';
import { describeIssues } from '../../../shared/validation';

/** Reports a failure that is not the caller's fault without leaking internals. */
export type InternalErrorSink = (method: string, error: unknown) => void;

const logToStderr: InternalErrorSink = (method, error) => {
  console.error(`rapporteur: ${method} failed:`, error);
};

/**
 * The one entry point every transport uses: checks the method and its input
 * against the contract, runs the handler, and wraps the outcome in an envelope.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  input: unknown,
  onInternalError: InternalErrorSink = logToStderr,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { type: 'unknown-method', message: `There is no API method "${String(method)}". Methods: ${METHOD_NAMES.join(', ')}.` },
    };
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { type: 'invalid-input', message: describeIssues(parsed.error, `input to ${method}`) } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    onInternalError(method, error);
    return {
      ok: false,
      error: { type: 'internal', message: `Rapporteur could not complete ${method}; nothing was changed. Try again, and report it if it keeps happening.` },
    };
  }
}
