-- One publication of an approved asset to one channel, and its delivery attempts.
create table publications (
    id               uuid          primary key,
    tenant_id        varchar(64)   not null,
    asset_id         uuid          not null,
    requirement_id   uuid          not null,
    channel          varchar(40)   not null,
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claimed_until    timestamp with time zone,
    asset_json       varchar       not null,
    location         varchar(1000),
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    published_at     timestamp with time zone,
    unique (asset_id, channel)
);
create index publications_due on publications (status, next_attempt_at);
create index publications_by_requirement on publications (requirement_id);
