-- Telegram adapter: updates already handled (so a redelivered update_id is processed once, across instances).

create table processed_update (
    update_id    bigint not null primary key,
    processed_at timestamp with time zone not null
);

create index ix_processed_update_at on processed_update (processed_at);
