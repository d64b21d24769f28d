-- The provenance of every asset: an append-only chain of records (production with its
-- files, hashes and labels, inspection verdicts, publications), each holding the SHA-256
-- of the one before, so that any change to an earlier record breaks every later hash.
create table provenance_records (
    asset_id     uuid          not null,
    seq          integer       not null,
    tenant_id    varchar(64)   not null,
    kind         varchar(30)   not null,
    event_id     uuid          not null,
    payload_json varchar       not null,
    recorded_at  varchar(40)   not null,
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null,
    primary key (asset_id, seq)
);
-- The newest record of each asset: appends lock it, so two appends never share a seq.
create table provenance_heads (
    asset_id   uuid         primary key,
    tenant_id  varchar(64)  not null,
    seq        integer      not null,
    hash       varchar(64)  not null
);
