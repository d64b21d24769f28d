-- The watermark payload (tenant hash << 48 | asset hash) of every inspected asset, so a
-- verification can name the asset a watermark belongs to. Filled from inspections as
-- verifications need it.
create table asset_marks (
    asset_id   uuid         primary key,
    tenant_id  varchar(64)  not null,
    watermark  bigint       not null
);
create index asset_marks_by_watermark on asset_marks (tenant_id, watermark);
