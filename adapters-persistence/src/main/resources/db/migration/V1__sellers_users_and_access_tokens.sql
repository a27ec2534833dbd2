-- Seller accounts, the users who sign in for them, and their API access tokens.

create table seller (
    id         uuid primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);

create table app_user (
    id            uuid primary key,
    email         varchar(254) not null,
    role          varchar(32)  not null,
    seller_id     uuid references seller (id),
    password_hash varchar(255) not null,
    created_at    timestamptz  not null default now(),
    constraint app_user_email_unique unique (email),
    constraint app_user_role_known check (role in ('PLATFORM_OPERATOR', 'SELLER_ADMIN', 'SELLER_MEMBER')),
    constraint app_user_seller_matches_role check ((role = 'PLATFORM_OPERATOR') = (seller_id is null))
);

create index app_user_seller on app_user (seller_id);

-- Only the SHA-256 hash of a token's secret is kept; the hint is the prefix and first characters, for display.
create table access_token (
    id           uuid primary key,
    seller_id    uuid         not null references seller (id),
    token_hash   char(64)     not null,
    token_hint   varchar(16)  not null,
    note         varchar(255) not null default '',
    valid_until  timestamptz  not null,
    created_at   timestamptz  not null,
    created_by   uuid         not null references app_user (id),
    revoked_at   timestamptz,
    last_used_at timestamptz,
    constraint access_token_hash_unique unique (token_hash),
    constraint access_token_revocation_ends_it check (revoked_at is null or valid_until <= revoked_at)
);

-- A seller's tokens, newest first.
create index access_token_seller_created on access_token (seller_id, created_at desc, id desc);
