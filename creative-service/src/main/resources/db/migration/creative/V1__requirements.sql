-- Requirements: one product submitted for materials, with its progress counters.
create table requirements (
    id               uuid         primary key,
    tenant_id        varchar(64)  not null,
    sku              varchar(64)  not null,
    title            varchar(200) not null,
    category         varchar(100) not null,
    product_json     varchar      not null,
    channels         varchar(1000) not null,
    variant_count    integer      not null,
    retry_budget     integer      not null,
    status           varchar(20)  not null,
    concepts_created integer      not null default 0,
    retries_used     integer      not null default 0,
    approved         integer      not null default 0,
    rejected         integer      not null default 0,
    in_review        integer      not null default 0,
    accepted_at      timestamp with time zone not null,
    completed_at     timestamp with time zone
);
create index requirements_by_tenant on requirements (tenant_id, accepted_at);

-- Concepts written for a requirement.
create table concepts (
    id              uuid        primary key,
    requirement_id  uuid        not null references requirements (id),
    angle           varchar(20) not null,
    variation       integer     not null,
    attempt         integer     not null,
    style           varchar(20) not null,
    headline        varchar(200) not null,
    created_at      timestamp with time zone not null
);
create index concepts_by_requirement on concepts (requirement_id);

-- What became of each asset produced for a requirement.
create table requirement_assets (
    asset_id        uuid        primary key,
    requirement_id  uuid        not null references requirements (id),
    concept_id      uuid        not null,
    angle           varchar(20) not null,
    status          varchar(20) not null,
    renditions      varchar(2000) not null,
    findings_json   varchar,
    produced_at     timestamp with time zone,
    inspected_at    timestamp with time zone
);
create index requirement_assets_by_requirement on requirement_assets (requirement_id);

-- Where each approved asset was published, or why publishing failed.
create table asset_publications (
    asset_id        uuid         not null,
    channel         varchar(40)  not null,
    requirement_id  uuid         not null references requirements (id),
    outcome         varchar(20)  not null,
    location        varchar(1000),
    reason          varchar(1000),
    occurred_at     timestamp with time zone not null,
    primary key (asset_id, channel)
);
create index asset_publications_by_requirement on asset_publications (requirement_id);

-- How each angle performs per tenant and category, fed by insights from feedback.
create table angle_statistics (
    tenant_id    varchar(64)  not null,
    category     varchar(100) not null,
    angle        varchar(20)  not null,
    assets       bigint       not null,
    impressions  bigint       not null,
    clicks       bigint       not null,
    conversions  bigint       not null,
    updated_at   timestamp with time zone not null,
    primary key (tenant_id, category, angle)
);
