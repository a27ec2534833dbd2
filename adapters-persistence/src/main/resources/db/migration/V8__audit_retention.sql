-- Audit events are kept for a configured time (access-tokens.audit.retention), then deleted oldest first, in batches.
create index audit_event_occurred_at on audit_event (occurred_at);
