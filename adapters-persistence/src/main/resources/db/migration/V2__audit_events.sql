-- Who did what to which token, written in the same transaction as the change. Never a secret.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    action      varchar(40) not null,
    actor_id    uuid        not null,
    seller_id   uuid        not null references seller (id),
    token_id    uuid
);

create index audit_event_seller_time on audit_event (seller_id, occurred_at desc, id desc);
create index audit_event_token on audit_event (token_id);
