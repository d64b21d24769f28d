-- Dead letters re-published to their topic: the audit trail, and the reason one dead
-- letter is re-driven at most once.
create table dead_letter_redrives (
    dead_letter_topic varchar(255) not null,
    dead_letter_partition integer not null,
    dead_letter_offset bigint not null,
    target_topic varchar(255) not null,
    target_partition integer,
    target_offset bigint,
    redriven_at timestamp with time zone not null,
    primary key (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
