import { useEffect, useId, useState } from 'react';
import type { Input, Output } from '../../shared/contract';
import { ApiError, type ApiErrorType, messageOf } from '../../shared/errors';
import type { MethodName } from '../../shared/methods';
import { useApi } from './ApiContext';
import { useReportError } from './ErrorReports';
import { useLibraryRevision } from './library-changes';

export interface QueryOptions {
  /**
   * Failures of these types are the caller's to show (e.g. a lesson card saying
   * its lesson is no longer in the library), not the alert region's.
   */
  quiet?: readonly ApiErrorType[];
}

export interface Query<T> {
  /** The latest answer; while a new one loads, the previous one stays, so lists do not flicker. */
  value: T | undefined;
  loading: boolean;
}

interface Settled<T> {
  request: string;
  value: T | undefined;
}


/**
 * Calls one API method whenever its input changes (`null` means "nothing to ask"),
 * keeps only the answer to the latest input, and reports failures to the alert region.
 */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M> | null, options: QueryOptions = {}): Query<Output<M>> {
  const api = useApi();
  const report = useReportError();
  const source = useId();
  const revision = useLibraryRevision();
  const quiet = (options.quiet ?? []).join(' ');
  // Inputs are small plain objects; their JSON is a stable dependency.
  const request = input === null ? null : JSON.stringify(input);
  // A change to the library asks again; the previous answer stays until the new one comes.
  const asked = request === null ? null : `${revision}:${request}`;
  const [settled, setSettled] = useState<Settled<Output<M>> | null>(null);

  useEffect(() => {
    if (request === null || asked === null) {
      report(source, null);
      return;
    }
    let current = true;
    const call = api[method] as (input: Input<M>) => Promise<Output<M>>;
    call(JSON.parse(request) as Input<M>).then(
      (value) => {
        if (!current) return;
        setSettled({ request: asked, value });
        report(source, null);
      },
      (error: unknown) => {
        if (!current) return;
        setSettled({ request: asked, value: undefined });
        const expected = error instanceof ApiError && quiet.split(' ').includes(error.type);
        report(source, expected ? null : messageOf(error));
      },
    );
    return () => {
      current = false;
    };
  }, [api, method, request, asked, quiet, report, source]);

  useEffect(() => () => report(source, null), [report, source]);

  if (request === null) return { value: undefined, loading: false };
  return { value: settled?.value, loading: settled?.request !== asked };
}
