-- Concepts a stage gave up on, and how many of those a retry has re-driven.
alter table requirements add column failed integer not null default 0;
alter table requirements add column failures_retried integer not null default 0;

create table concept_failures (
    concept_id      uuid          primary key,
    requirement_id  uuid          not null references requirements (id),
    attempt         integer       not null,
    stage           varchar(40)   not null,
    reason          varchar(60)   not null,
    detail          varchar(2000) not null,
    attempts        integer       not null,
    failed_at       timestamp with time zone not null,
    retried_at      timestamp with time zone
);
create index concept_failures_by_requirement on concept_failures (requirement_id);
