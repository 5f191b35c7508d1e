export type BackupErrorCode =
  /** The archive to restore does not exist. */
  | 'NO_ARCHIVE'
  /** The archive is unreadable, incomplete, or a file does not match its checksum. */
  | 'DAMAGED_ARCHIVE'
  /** The target database or media folder holds data and `--force` was not given. */
  | 'NOT_EMPTY'
  /** The output archive exists and `--force` was not given. */
  | 'ARCHIVE_EXISTS'
  /** The archive holds another kind of database than DATABASE_URL names. */
  | 'WRONG_DATABASE'
  /** DATABASE_URL names no database kind the app supports. */
  | 'BAD_DATABASE_URL'
  /** The database to back up does not exist. */
  | 'NO_DATABASE'
  /** pg_dump, pg_restore, psql, mongodump or mongorestore is not on PATH. */
  | 'TOOL_MISSING'
  /** A database tool ran and failed. */
  | 'TOOL_FAILED'
  /** A restore of another archive was interrupted on this instance, and `--force` was not given. */
  | 'RESTORE_INTERRUPTED'

/** A failure the operator can act on: the CLIs print the message (no stack) and exit non-zero. */
export class BackupError extends Error {
  readonly code: BackupErrorCode

  constructor(code: BackupErrorCode, message: string) {
    super(message)
    this.name = 'BackupError'
    this.code = code
  }
}
