-- Events each consumer has handled, for idempotent consumption.
create table processed_events (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);
create index processed_events_by_age on processed_events (processed_at);
