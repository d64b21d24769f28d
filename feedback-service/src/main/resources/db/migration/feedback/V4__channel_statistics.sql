-- Angle statistics per channel: feedback names the channel that observed it, and each
-- publication counts as an asset on its channel. Earlier figures keep channel ''.
create table angle_statistics_by_channel (
    tenant_id    varchar(64)  not null,
    category     varchar(100) not null,
    angle        varchar(20)  not null,
    channel      varchar(40)  not null,
    assets       bigint       not null default 0,
    impressions  bigint       not null default 0,
    clicks       bigint       not null default 0,
    conversions  bigint       not null default 0,
    changed_at   timestamp with time zone not null,
    primary key (tenant_id, category, angle, channel)
);
insert into angle_statistics_by_channel
    select tenant_id, category, angle, '', assets, impressions, clicks, conversions, changed_at
    from angle_statistics;
drop table angle_statistics;
alter table angle_statistics_by_channel rename to angle_statistics;
