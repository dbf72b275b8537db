import { ApiError, isApiErrorShape, type Envelope } from './errors';
import { METHOD_NAMES, type MethodName } from './methods';
import type { Api } from './contract';

/** Carries one call to the core and brings back its envelope: IPC, HTTP or in-process. */
export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

/** The API for callers that should not know which transport they have. */
export function createClient(transport: Transport): Api {
  const entries = METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const envelope = await transport(method, input ?? {});
      if (envelope.ok) return envelope.value;
      const error = isApiErrorShape(envelope.error)
        ? envelope.error
        : { type: 'internal' as const, message: 'The reply could not be understood.' };
      throw new ApiError(error.type, error.message);
    },
  ]);
  return Object.fromEntries(entries) as Api;
}
