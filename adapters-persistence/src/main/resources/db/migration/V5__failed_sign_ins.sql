-- Failed sign-ins in a row per account, for the lockout that guards passwords against guessing. The account is kept
-- only as the SHA-256 of the e-mail as typed (normalised), since a mistyped password sometimes lands in that field.
create table failed_sign_in (
    account_hash    char(64)    primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null
);
create index failed_sign_in_last_failure_at on failed_sign_in (last_failure_at);
