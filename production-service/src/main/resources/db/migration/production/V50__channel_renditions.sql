-- Renditions made for some channels only (comma-separated ids; empty for every channel),
-- the play time of videos, the renditions an asset could not get and why, and how its
-- video was narrated.
alter table asset_renditions add column duration_millis bigint default 0 not null;
alter table asset_renditions add column channels varchar(400) default '' not null;
alter table assets add column narration varchar(20);

create table asset_rendition_failures (
    asset_id  uuid          not null references assets (id),
    name      varchar(100)  not null,
    reason    varchar(40)   not null,
    detail    varchar(1000) not null,
    primary key (asset_id, name)
);
