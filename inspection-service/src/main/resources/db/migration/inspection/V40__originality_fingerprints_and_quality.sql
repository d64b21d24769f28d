-- The MinHash signature of the copy and the perceptual hash of the main image, beside the
-- embedding, kept for approved assets and assets in review; the quality score; and when a
-- reviewer (or the expiry policy) decided an asset in review.
alter table inspections add column text_signature bytea;
alter table inspections add column image_hash bigint;
alter table inspections add column quality_score integer;
alter table inspections add column decided_at timestamp with time zone;
create index inspections_by_decision on inspections (verdict, decided_at);
