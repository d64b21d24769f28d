-- Each concept's creative direction and why the bandit chose its angle.
alter table concepts add column direction varchar(80);
alter table concepts add column explanation varchar(500);

-- Angle statistics per channel ('' for figures reported for all channels together), with
-- the evidence weighted by age next to the cumulative counts.
create table angle_statistics_by_channel (
    tenant_id             varchar(64)  not null,
    category              varchar(100) not null,
    angle                 varchar(20)  not null,
    channel               varchar(40)  not null,
    assets                bigint       not null,
    impressions           bigint       not null,
    clicks                bigint       not null,
    conversions           bigint       not null,
    weighted_impressions  double precision not null,
    weighted_clicks       double precision not null,
    weighted_conversions  double precision not null,
    updated_at            timestamp with time zone not null,
    primary key (tenant_id, category, angle, channel)
);
insert into angle_statistics_by_channel
    select tenant_id, category, angle, '', assets, impressions, clicks, conversions,
           impressions, clicks, conversions, updated_at
    from angle_statistics;
drop table angle_statistics;
alter table angle_statistics_by_channel rename to angle_statistics;
