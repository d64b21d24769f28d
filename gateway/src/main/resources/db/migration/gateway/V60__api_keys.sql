-- API keys: only a SHA-256 hash of each key is kept, never the key.
create table api_keys (
    id uuid primary key,
    tenant_id varchar(63) not null,
    name varchar(100) not null,
    prefix varchar(120) not null,
    key_hash bytea not null unique,
    scopes varchar(200) not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);
create index api_keys_tenant_name on api_keys (tenant_id, name);
