-- The W3C trace context (traceparent) of the work that wrote each outbox row: the relay
-- sends the row as a child of that trace, so one trace follows an item across services.
alter table outbox add column traceparent varchar(55);
-- The trace context of work a service queues for later (a delivery to a channel), by
-- the subject that names the work, so that the worker continues the trace that queued it.
create table deferred_traces (
    subject     varchar(200) primary key,
    traceparent varchar(55)  not null,
    created_at  timestamp with time zone not null
);
