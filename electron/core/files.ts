import { randomBytes } from 'node:crypto';
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError, messageOf } from '../../shared/errors';

/** What a path holds that is not a regular file, in the words the refusal uses. */
function otherThanFile(stats: Stats): string {
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Why a file cannot be written at `target`, as a sentence naming it; undefined when
 * it can: nothing is there yet (in a folder that exists), or a regular file to replace.
 * Renaming over a device, a pipe or a socket would replace it with our file, and over
 * a symbolic link would replace the link; writing through a link instead could
 * overwrite whatever it points at (a classic trap in shared folders), so a link is refused.
 */
export function writeTargetProblem(target: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
    const folder = dirname(target);
    try {
      return statSync(folder).isDirectory() ? undefined : `${folder} is a file, not a folder.`;
    } catch (missing) {
      const folderCode = codeOf(missing);
      return folderCode === 'ENOENT' || folderCode === 'ENOTDIR' ? `The folder ${folder} does not exist.` : undefined;
    }
  }
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return `${target} is a folder; give the name of a file to write in it.`;
  if (stats.isSymbolicLink()) {
    return `${target} is a symbolic link (to ${readlinkSync(target)}); Rapporteur does not replace or write through links. Give the path of the file itself, or a new name.`;
  }
  return `${target} is ${otherThanFile(stats)}, not a file; Rapporteur writes only a new file or replaces a regular one. Give the name of a file.`;
}

/** An error naming the user's path, never the temporary file; errno's code is kept for callers that word it themselves. */
function writeError(target: string, cause: unknown): ApiError {
  const code = codeOf(cause);
  const problem = code === 'ENOENT' || code === 'ENOTDIR' ? writeTargetProblem(target) : undefined;
  // Node says "EACCES: permission denied, open '<the temporary file>'": the reason is what comes before the path.
  const error = problem
    ? new ApiError('invalid-input', `${problem} Nothing was written.`)
    : new ApiError('internal', `${target} could not be written (${messageOf(cause).replace(/, \w+ '.*$/s, '')}). Nothing was written.`);
  return Object.assign(error, code ? { code } : {});
}

/**
 * The whole file or nothing: written beside the target (same folder, so the
 * rename cannot cross disks), then renamed over it. A regular file there is
 * replaced; anything else is refused (see writeTargetProblem). Used by the
 * CLI's exports and the desktop app's save dialog.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    // Checked just before the rename, so what is there now is what would be replaced.
    const problem = writeTargetProblem(target);
    if (problem) {
      // A folder keeps the code renaming onto it gives (EISDIR), for callers that word it themselves.
      const folder = lstatSync(target, { throwIfNoEntry: false })?.isDirectory();
      throw Object.assign(new ApiError('invalid-input', `${problem} Nothing was written.`), folder ? { code: 'EISDIR' } : {});
    }
    await rename(temporary, target);
  } catch (error) {
    // Where the folder is missing, so is the temporary file; the error worth reporting is the write's.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error instanceof ApiError ? error : writeError(target, error);
  }
}
