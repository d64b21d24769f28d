-- Assets produced from concepts, and their stored files.
create table assets (
    id              uuid         primary key,
    tenant_id       varchar(64)  not null,
    requirement_id  uuid         not null,
    concept_id      uuid         not null unique,
    angle           varchar(20)  not null,
    sku             varchar(64)  not null,
    headline        varchar(200) not null,
    created_at      timestamp with time zone not null
);
create index assets_by_requirement on assets (requirement_id);

create table asset_renditions (
    asset_id    uuid          not null references assets (id),
    name        varchar(100)  not null,
    kind        varchar(30)   not null,
    uri         varchar(1000) not null,
    media_type  varchar(100)  not null,
    width       integer       not null,
    height      integer       not null,
    bytes       bigint        not null,
    sha256      varchar(64)   not null,
    primary key (asset_id, name)
);
