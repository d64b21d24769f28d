-- The MinHash signature of the copy an asset's main image shows (headline, highlights, call
-- to action), beside the signature of its whole copy: an image near-duplicate is judged by the
-- words drawn on the two images.
alter table inspections add column image_text_signature bytea;
