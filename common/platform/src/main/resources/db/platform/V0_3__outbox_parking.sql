-- Relay state of each outbox row: a row is claimed for a short lease while it is sent
-- (no lock held during the send), retried with backoff, and parked after its last
-- attempt. A parked row stays, with its error, and holds back the later rows of its key.
alter table outbox add column status varchar(10) default 'PENDING' not null;
alter table outbox add column attempts integer default 0 not null;
alter table outbox add column next_attempt_at timestamp with time zone;
alter table outbox add column claimed_until timestamp with time zone;
alter table outbox add column last_error varchar(1000);
create index outbox_by_key on outbox (record_key, id);
