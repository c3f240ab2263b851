// PostgreSQL schema migrations, applied in order: the same tables as SQLite's, plus what several nodes share.
// Never edit a shipped one; append a new one (and its SQLite twin where the table exists there too).
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // The SQLite schema as it stands after its seventh migration, in PostgreSQL's types: BIGINT milliseconds,
  // INTEGER 0/1 flags (the repositories read both engines alike), lower(username) for SQLite's NOCASE.
  `
  CREATE TABLE events (
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    intent_id TEXT,
    PRIMARY KEY (session_id, seq)
  );

  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    role TEXT NOT NULL DEFAULT 'facilitator' CHECK (role IN ('admin', 'facilitator', 'reviewer')),
    disabled_at BIGINT
  );
  CREATE UNIQUE INDEX staff_username_lower ON staff(lower(username));

  CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
  );
  CREATE INDEX auth_sessions_by_staff ON auth_sessions(staff_id);

  CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    age_band TEXT NOT NULL,
    language TEXT NOT NULL,
    auto_approve INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL REFERENCES staff(id),
    created_at BIGINT NOT NULL,
    retain_until TEXT
  );

  CREATE TABLE children (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    nickname TEXT NOT NULL,
    avatar TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    removed_at BIGINT,
    consent_participation INTEGER NOT NULL DEFAULT 0,
    consent_research INTEGER NOT NULL DEFAULT 0,
    erased_at BIGINT
  );
  CREATE INDEX children_by_group ON children(group_id);

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    join_code TEXT,
    screen_token TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('live', 'ended')),
    started_by TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT
  );
  CREATE UNIQUE INDEX live_join_codes ON sessions(join_code) WHERE status = 'live';
  CREATE UNIQUE INDEX one_live_session_per_group ON sessions(group_id) WHERE status = 'live';
  CREATE INDEX sessions_by_group ON sessions(group_id);

  CREATE TABLE programmes (
    group_id TEXT PRIMARY KEY REFERENCES groups(id),
    json TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
  );

  CREATE TABLE group_access (
    group_id TEXT NOT NULL REFERENCES groups(id),
    staff_id TEXT NOT NULL REFERENCES staff(id),
    access TEXT NOT NULL CHECK (access IN ('facilitator', 'reviewer')),
    granted_by TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, staff_id)
  );

  CREATE TABLE audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    staff_id TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL
  );

  CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, hits INTEGER NOT NULL);
  `,
  // Several nodes: who is alive (a heartbeat, and a session advisory lock on lock_key that dies with the process),
  // which node owns each live room at which epoch (every commit checks it), and the Socket.IO adapter's table.
  `
  CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    lock_key INTEGER NOT NULL UNIQUE,
    started_at BIGINT NOT NULL,
    heartbeat_at BIGINT NOT NULL
  );

  CREATE TABLE room_owners (
    session_id TEXT PRIMARY KEY,
    node_id TEXT NOT NULL,
    epoch BIGINT NOT NULL,
    claimed_at BIGINT NOT NULL
  );

  CREATE TABLE IF NOT EXISTS socket_io_attachments (
    id BIGSERIAL UNIQUE,
    created_at TIMESTAMPTZ DEFAULT NOW(),
    payload BYTEA
  );
  `,
  // Session process records: the twin of the SQLite migration (every save a row; one final row per version).
  `
  CREATE TABLE record_saves (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    final INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    changed TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at BIGINT NOT NULL
  );
  CREATE INDEX record_saves_session ON record_saves(session_id, version, id);
  CREATE INDEX record_saves_group ON record_saves(group_id);
  CREATE UNIQUE INDEX record_one_final ON record_saves(session_id, version) WHERE final = 1;
  `,
  // A new join code in the middle of a session: the twin of the SQLite migration (the replaced code, for the
  // tablets already seated only).
  `
  ALTER TABLE sessions ADD COLUMN previous_join_code TEXT;
  CREATE INDEX live_previous_join_codes ON sessions(previous_join_code) WHERE status = 'live';
  `,
];
