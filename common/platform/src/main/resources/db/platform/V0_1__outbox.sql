-- Events waiting to be relayed to Kafka, written in the transaction that produced them.
create table outbox (
    id          bigint generated always as identity primary key,
    topic       varchar(200) not null,
    record_key  varchar(200) not null,
    event_id    uuid         not null,
    event_type  varchar(100) not null,
    payload     bytea        not null,
    created_at  timestamp with time zone not null
);
