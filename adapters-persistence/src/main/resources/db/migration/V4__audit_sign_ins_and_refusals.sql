-- The audit trail also records sign-ins and refused token calls: the actor becomes "user:<id>" or "token:<id>" (or
-- unknown), the seller may be unknown, and each event says where it came from and how it ended.
alter table audit_event add column actor varchar(64);
update audit_event set actor = 'user:' || actor_id;
alter table audit_event drop column actor_id;
alter table audit_event alter column seller_id drop not null;
alter table audit_event add column client_ip varchar(64);
alter table audit_event add column user_agent varchar(255);
alter table audit_event add column outcome varchar(32) not null default 'SUCCESS';
alter table audit_event alter column outcome drop default;
