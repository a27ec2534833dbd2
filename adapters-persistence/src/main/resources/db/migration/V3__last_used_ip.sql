-- Where a token was last used from, next to when (both written off the request path, at most once a minute).
alter table access_token add column last_used_ip varchar(64);
