-- Concepts chosen to carry their requirement's promo video whose asset is not made yet
-- (aigc.video.v1): while one waits, the requirement's other concepts are made without a
-- video. A row goes when its asset is recorded or production gives up on the concept.
create table video_carriers (
    concept_id      uuid  primary key,
    requirement_id  uuid  not null,
    assigned_at     timestamp with time zone not null
);
create index video_carriers_by_requirement on video_carriers (requirement_id);
