-- Sessions ended before their time (signed out). A session's JWT stays valid until it expires, so its end is kept
-- until then; every node also hears of it at once (NOTIFY access_token_revoked, payload 'session:<id>:<expiry>').
create table ended_session (
    session_id uuid        primary key,
    expires_at timestamptz not null
);

create index ended_session_expiry on ended_session (expires_at);
