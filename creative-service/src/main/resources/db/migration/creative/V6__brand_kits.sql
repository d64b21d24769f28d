-- Each tenant's brand kits, one per brand name: lists are JSON arrays of strings.
create table brand_kits (
    tenant_id         varchar(64)   not null,
    name              varchar(40)   not null,
    colours           varchar(200)  not null,
    logo              varchar(1000),
    voice             varchar(1000) not null,
    banned_words      varchar(4000) not null,
    required_phrases  varchar(4000) not null,
    updated_at        timestamp with time zone not null,
    primary key (tenant_id, name)
);
