-- Why a video's narration came from the fallback voice rather than the configured one.
alter table assets add column narration_fallback varchar(500);
