-- The verdict on every inspected asset.
create table inspections (
    asset_id        uuid         primary key,
    tenant_id       varchar(64)  not null,
    requirement_id  uuid         not null,
    verdict         varchar(20)  not null,
    findings_json   varchar      not null,
    similarity      double precision,
    similar_asset   uuid,
    inspected_at    timestamp with time zone not null
);
create index inspections_by_requirement on inspections (requirement_id);
create index inspections_by_verdict on inspections (verdict, inspected_at);
