import { z } from 'zod';

/** One snapshot of the library in the `backups` folder beside it. */
export const BackupEntrySchema = z.object({
  /** The file's name in the backups folder; what `backups.restore` takes. */
  name: z.string(),
  path: z.string(),
  createdAt: z.iso.datetime(),
  bytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** A backup's file name: no folders, so a caller can only name a file in the backups folder. */
export const BackupName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.sqlite$/, { message: 'must be the name of a backup as listed, e.g. library-2026-11-24T09-30-00-000Z.sqlite' });
