/** The kinds of failure a caller can act on; they cross every transport as `{ type, message }`. */
export type ApiErrorType =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'in-use'
  | 'unknown-method'
  | 'unauthorized'
  | 'library-too-new'
  | 'library-damaged'
  /** Something only the desktop app can do, asked of the CLI or browser mode. */
  | 'unavailable'
  | 'internal';

export interface ApiErrorShape {
  type: ApiErrorType;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly type: ApiErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorShape {
    return { type: this.type, message: this.message };
  }
}

/** What a transport sends back for every call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).type === 'string' &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}

/** What went wrong, in the words of the error (an ApiError's message is written for people). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
