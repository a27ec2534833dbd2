-- What a token is limited to, fixed when it is made: its scopes (space-separated, read implied by write; null for
-- full access, as every token made before scopes existed has) and the addresses it may be used from (space-separated
-- addresses and CIDR ranges; null for anywhere).
alter table access_token add column scopes text;
alter table access_token add column allowed_ips text;
