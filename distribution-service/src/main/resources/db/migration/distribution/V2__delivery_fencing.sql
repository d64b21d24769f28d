-- The claim that a worker's lease belongs to: every outcome update names it, so a worker
-- whose lease ran out and was taken over cannot overwrite the new owner's outcome.
alter table publications add column claim_token uuid;
