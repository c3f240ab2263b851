// SQLite schema migrations, applied in order; never edit a shipped one, append a new one (and its PostgreSQL twin).
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    intent_id TEXT,
    PRIMARY KEY (session_id, seq)
  ) WITHOUT ROWID;

  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
  );

  CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    age_band TEXT NOT NULL,
    language TEXT NOT NULL,
    auto_approve INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL REFERENCES staff(id),
    created_at INTEGER NOT NULL
  );

  CREATE TABLE children (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    nickname TEXT NOT NULL,
    avatar TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    removed_at INTEGER
  );
  CREATE INDEX children_by_group ON children(group_id);

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    join_code TEXT,
    screen_token TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('live', 'ended')),
    started_by TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER
  );
  CREATE UNIQUE INDEX live_join_codes ON sessions(join_code) WHERE status = 'live';
  CREATE INDEX sessions_by_group ON sessions(group_id);
  `,
  `
  CREATE TABLE programmes (
    group_id TEXT PRIMARY KEY REFERENCES groups(id),
    json TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  `
  ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'facilitator' CHECK (role IN ('admin', 'facilitator', 'reviewer'));
  UPDATE staff SET role = 'admin' WHERE id = (SELECT id FROM staff ORDER BY created_at LIMIT 1);

  CREATE TABLE group_access (
    group_id TEXT NOT NULL REFERENCES groups(id),
    staff_id TEXT NOT NULL REFERENCES staff(id),
    access TEXT NOT NULL CHECK (access IN ('facilitator', 'reviewer')),
    granted_by TEXT NOT NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, staff_id)
  ) WITHOUT ROWID;
  INSERT INTO group_access (group_id, staff_id, access, granted_by, granted_at)
    SELECT id, created_by, 'facilitator', created_by, created_at FROM groups;

  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    staff_id TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL
  );
  `,
  `
  ALTER TABLE children ADD COLUMN consent_participation INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE children ADD COLUMN consent_research INTEGER NOT NULL DEFAULT 0;
  `,
  // Children's-data controls: a group's retention date ('YYYY-MM-DD', purged after that day ends, server-local
  // time), and the moment a child's row became an anonymous placeholder on a guardian's request.
  `
  ALTER TABLE groups ADD COLUMN retain_until TEXT;
  ALTER TABLE children ADD COLUMN erased_at INTEGER;
  `,
  // An administrator deactivates an account (someone left the centre): it can no longer sign in; history stays.
  `
  ALTER TABLE staff ADD COLUMN disabled_at INTEGER;
  `,
  // Organisation scale: rate limits every node shares (counted before the check they guard); one live session per
  // group held by the database itself, not by "no await in between"; usernames unique whatever their case; the
  // room owners table (the laptop never fences, but the store's fencing is the same code, tested on both engines).
  `
  CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start INTEGER NOT NULL, hits INTEGER NOT NULL);
  CREATE UNIQUE INDEX one_live_session_per_group ON sessions(group_id) WHERE status = 'live';
  CREATE UNIQUE INDEX staff_username_lower ON staff(lower(username));
  CREATE TABLE room_owners (session_id TEXT PRIMARY KEY, node_id TEXT NOT NULL, epoch INTEGER NOT NULL, claimed_at INTEGER NOT NULL);
  `,
  // Session process records (小组过程记录): every save is a row (who, when, which fields), a record's versions
  // are numbered per session, and a version is final once its last row says so (a correction is the next version).
  `
  CREATE TABLE record_saves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    final INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    changed TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at INTEGER NOT NULL
  );
  CREATE INDEX record_saves_session ON record_saves(session_id, version, id);
  CREATE INDEX record_saves_group ON record_saves(group_id);
  CREATE UNIQUE INDEX record_one_final ON record_saves(session_id, version) WHERE final = 1;
  `,
  // A new join code in the middle of a session (codes were being guessed): the code it replaced is kept for the
  // tablets already seated, which may come back with it after being offline; nobody else can use it.
  `
  ALTER TABLE sessions ADD COLUMN previous_join_code TEXT;
  CREATE INDEX live_previous_join_codes ON sessions(previous_join_code) WHERE status = 'live';
  `,
];
