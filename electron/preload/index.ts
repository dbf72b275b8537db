import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/methods';
import { API_CHANNEL, BRIDGE_KEY } from './channel';

/**
 * The renderer gets one function per API method and nothing else: no raw
 * ipcRenderer, no channel names. Main validates the method and its input.
 */
export type Bridge = { [M in MethodName]: (input: unknown) => Promise<Envelope<unknown>> };

const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input)]),
) as Bridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
