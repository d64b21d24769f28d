-- Published assets, as feedback needs to know them.
create table published_assets (
    asset_id        uuid         primary key,
    tenant_id       varchar(64)  not null,
    requirement_id  uuid         not null,
    angle           varchar(20)  not null,
    category        varchar(100) not null,
    sku             varchar(64)  not null,
    channels        varchar(1000) not null,
    first_published_at timestamp with time zone not null
);

-- Cumulative figures per asset.
create table asset_statistics (
    asset_id     uuid    primary key references published_assets (asset_id),
    impressions  bigint  not null default 0,
    clicks       bigint  not null default 0,
    conversions  bigint  not null default 0,
    updated_at   timestamp with time zone not null
);

-- Cumulative figures per tenant, category and angle.
create table angle_statistics (
    tenant_id    varchar(64)  not null,
    category     varchar(100) not null,
    angle        varchar(20)  not null,
    assets       bigint       not null default 0,
    impressions  bigint       not null default 0,
    clicks       bigint       not null default 0,
    conversions  bigint       not null default 0,
    changed_at   timestamp with time zone not null,
    primary key (tenant_id, category, angle)
);

-- When each category's insight was last announced.
create table insight_announcements (
    tenant_id     varchar(64)  not null,
    category      varchar(100) not null,
    announced_at  timestamp with time zone not null,
    primary key (tenant_id, category)
);
