-- Refused calls (and other events recorded "soon") are kept as one row per minute, action, actor, seller, token,
-- address and outcome, with how many there were: a flood of them costs a row a minute, not a row a call, and every
-- node adds to the same row. Events recorded with a change keep minute null and occurrences 1.
alter table audit_event add column occurrences integer not null default 1 check (occurrences > 0);
alter table audit_event add column minute timestamptz;
create unique index audit_event_alike_per_minute on audit_event (minute, action, outcome, coalesce(actor, ''),
    coalesce(seller_id, '00000000-0000-0000-0000-000000000000'),
    coalesce(token_id, '00000000-0000-0000-0000-000000000000'), coalesce(client_ip, ''))
    where minute is not null;
