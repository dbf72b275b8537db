import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Transport } from '../../shared/client';
import type { Envelope } from '../../shared/errors';
import type { MethodName } from '../../shared/methods';
import { API_CHANNEL } from '../preload/channel';

const FOREIGN_FRAME: Envelope<never> = {
  ok: false,
  error: { type: 'unauthorized', message: 'Only Rapporteur’s own window may use its library.' },
};

/**
 * The handler for every API call from a window. A page that is not ours
 * (a navigation that slipped through, an embedded frame) gets an error, not the library.
 */
export function createApiHandler(call: Transport, isAppUrl: (url: string) => boolean) {
  return (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const url = event.senderFrame?.url;
    if (!url || !isAppUrl(url)) return Promise.resolve(FOREIGN_FRAME);
    // The core's dispatch checks the name against the contract, as it does for every transport.
    return call(method as MethodName, input);
  };
}

export function registerApi(ipcMain: IpcMain, call: Transport, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(API_CHANNEL, createApiHandler(call, isAppUrl));
}
