import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMenuCommand, type DesktopShell, type SaveFileRequest, type SaveFileResult } from '../../shared/desktop-shell';
import type { Envelope } from '../../shared/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/methods';
import { API_CHANNEL, BRIDGE_KEY, COMMAND_CHANNEL, SAVE_FILE_CHANNEL, SHELL_KEY } from './channel';

/**
 * The renderer gets one function per API method and nothing else: no raw
 * ipcRenderer, no channel names. Main validates the method and its input.
 */
export type Bridge = { [M in MethodName]: (input: unknown) => Promise<Envelope<unknown>> };

const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input)]),
) as Bridge;

/** Menu commands in, exported files out; main checks every request again. */
const shell: DesktopShell = {
  onCommand(listener) {
    const relay = (_event: IpcRendererEvent, id: unknown) => {
      if (isMenuCommand(id)) listener(id);
    };
    ipcRenderer.on(COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, relay);
    };
  },
  async saveFile({ fileName, base64, revealFolder }: SaveFileRequest): Promise<SaveFileResult> {
    const reply = (await ipcRenderer.invoke(SAVE_FILE_CHANNEL, { fileName, base64, revealFolder })) as Envelope<SaveFileResult>;
    // An Error keeps its message across the context bridge; a rejected envelope would not read as one.
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
contextBridge.exposeInMainWorld(SHELL_KEY, shell);
