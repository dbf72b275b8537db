import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '../../../shared/backups';
import { messageOf } from '../../../shared/errors';
import { useApi } from '../ApiContext';
import { Dialog, DialogOutcome } from '../commands/Dialog';
import { lastSaveOf } from '../document/useDocumentSaver';
import { useNavigation } from '../navigation';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Why a backup was taken, from the end of its name ("…-000Z-before-restore.sqlite"). */
const REASONS: Record<string, string> = { 'before-restore': 'taken before a restore' };
const reasonOf = (name: string) => REASONS[/\dZ-([a-z-]+)\.sqlite$/.exec(name)?.[1] ?? ''] ?? '';

/**
 * The library's backups: one is taken when the app starts and every 15 minutes
 * of work; "Back up now" takes another. Restoring one first backs up the
 * library as it is, then reloads the window so every screen shows the restored library.
 */
export function BackupsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const { route, go } = useNavigation();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // After a restore every screen shows the library as it was: the window reloads when the dialog closes.
  const [restored, setRestored] = useState(false);
  const load = useCallback(async () => {
    try {
      setBackups(await api['backups.list']({}));
    } catch (error) {
      setProblem(`The backups could not be listed: ${messageOf(error)}`);
    }
  }, [api]);

  useEffect(() => {
    if (!open) return;
    setConfirming(null);
    setProblem(null);
    setDone(null);
    void load();
  }, [open, load]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      await work();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const backUpNow = () =>
    run(async () => {
      const made = await api['backups.create']({});
      await load();
      setDone(`Backed up at ${when(made.createdAt)} (${made.name}).`);
    });

  const restore = (backup: BackupEntry) =>
    run(async () => {
      // Whatever screen is open closes first; an open document saves what was typed before the library changes under it.
      const documentId = route.view === 'document' ? route.id : null;
      if (route.view !== 'home') go({ view: 'home' });
      if (documentId) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await lastSaveOf(documentId);
      }
      const result = await api['backups.restore']({ name: backup.name });
      setConfirming(null);
      setRestored(true);
      await load();
      setDone(
        `The library is back to ${when(backup.createdAt)}. The library as it was just now is kept as the backup of ${when(result.safetyBackup.createdAt)} (taken before a restore): restore that one to undo this.`,
      );
    });

  const close = () => (restored ? window.location.reload() : onClose());

  return (
    <Dialog title="Backups" open={open} onClose={close} className="backups-dialog">
      <p className="quiet">A backup is taken when Rapporteur starts and every 15 minutes while you work.</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void backUpNow()} disabled={busy} data-autofocus>
          Back up now
        </button>
      </div>
      {backups === null ? <p className="quiet">Loading…</p> : null}
      {backups?.length === 0 ? <p className="quiet">No backups yet.</p> : null}
      {backups?.length ? (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.name}>
              <span>
                {when(backup.createdAt)}{' '}
                <span className="quiet">
                  · {size(backup.bytes)}
                  {reasonOf(backup.name) ? ` · ${reasonOf(backup.name)}` : ''}
                </span>
              </span>
              <button type="button" onClick={() => setConfirming(backup)} disabled={busy} aria-label={`Restore the backup of ${when(backup.createdAt)}`}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <div role="group" aria-label="Confirm the restore" className="confirm-restore">
          <p>
            Bring the whole library back to how it was at {when(confirming.createdAt)}? Everything changed since then is replaced; the library as it is now is
            backed up first, so this can be undone by restoring that backup.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void restore(confirming)} disabled={busy}>
              Restore this backup
            </button>
            <button type="button" onClick={() => setConfirming(null)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <DialogOutcome problem={problem} done={done} />
      {restored ? (
        <div className="dialog-actions">
          <button type="button" onClick={close} data-autofocus>
            Show the restored library
          </button>
        </div>
      ) : null}
    </Dialog>
  );
}
