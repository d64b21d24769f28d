-- The embedding of each approved asset's copy (float32, little-endian), so that an
-- approval whose index write was lost can be written to the originality index again.
alter table inspections add column embedding bytea;
