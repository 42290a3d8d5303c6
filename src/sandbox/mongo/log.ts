/** What the server was asked and what it changed, for tests to assert on. */

/** One command as served. */
export interface CommandEntry {
  /** The command name (`find`, `insert`, `saslStart`, ...). */
  command: string;
  db: string;
  /** The collection the command names, when it names one. */
  collection?: string;
  /** `db.user` of the connection's user, if authenticated. */
  user?: string;
  ok: boolean;
  /** The error code when not ok. */
  code?: number;
}

/** One change to data, users or the catalog. */
export interface WriteEntry {
  /** The command that changed something (`insert`, `update`, `aggregate` for `$out`, `createUser`, ...). */
  command: string;
  db: string;
  collection?: string;
  /** Documents inserted, modified, upserted or deleted; 1 for catalog and user changes. */
  count: number;
}
