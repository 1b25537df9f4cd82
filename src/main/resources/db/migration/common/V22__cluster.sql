-- Instances sharing the database (issue 11). Times are milliseconds since the epoch of the machines' real time.

-- Each instance's heartbeat; one found silent is buried by one other instance, which takes its work over.
create table cluster_node (
    node_id      varchar(200) not null primary key,
    started_at   bigint       not null,
    heartbeat_at bigint       not null
);

-- Named leases held by one live instance at a time (the Telegram long poll).
create table cluster_lease (
    name       varchar(50)  not null primary key,
    holder     varchar(200),
    expires_at bigint       not null
);

-- The global send rate: the next free slot, in microseconds since the epoch, taken by compare-and-set.
create table send_rate (
    id        integer not null primary key,
    next_slot bigint  not null
);
insert into send_rate (id, next_slot) values (1, 0);

-- Each chat's spacing: when its next message may leave, and the instance whose request to it is in flight; and
-- until when a person who flooded the bot is ignored.
create table chat_pace (
    chat_id       bigint       not null primary key,
    next_at       bigint       not null,
    holder        varchar(200),
    ignored_until bigint
);
create index ix_chat_pace_holder on chat_pace (holder);
