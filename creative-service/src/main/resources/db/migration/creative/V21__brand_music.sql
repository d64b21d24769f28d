-- A brand kit's own background music for promo videos: the blob URI of the WAV it was
-- decoded to at upload, or null for the generated bed.
alter table brand_kits add column music varchar(1000);
