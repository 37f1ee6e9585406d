import { BACKUP_FORMAT, BACKUP_VERSION } from '../backup/format';
import type { Clip } from '../schema/clip';
import type { ClipsBackup } from '../protocol/clips';

/** The backup format (README "Backup format") holding clips only: Import backup reads it back. */
export function clipsBackup(clips: Clip[], now: Date): ClipsBackup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), clips };
}
