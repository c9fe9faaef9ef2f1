-- The message store: one row per message (no payload), its payload apart, and its status history.

create table message (
    tracking_id          uuid primary key,
    kind                 varchar(16)  not null,
    created_by_samport   boolean      not null default false,
    source_endpoint      varchar(100) not null,
    destination_endpoint varchar(100),
    status               varchar(16)  not null,
    format               text,
    msg_id               text,
    message_type         text,
    sender_her_id        text,
    receiver_her_id      text,
    conversation_id      text,
    related_tracking_id  uuid references message (tracking_id),
    receipt_tracking_id  uuid references message (tracking_id),
    error_code           varchar(10),
    error_text           text,
    size_bytes           bigint       not null,
    original_name        varchar(255),
    failed_queue         varchar(200),
    received_at          timestamptz  not null,
    updated_at           timestamptz  not null
);

create index message_msg_id on message (msg_id);
create index message_status_received on message (status, received_at desc);
create index message_related on message (related_tracking_id);

-- Raw bytes as received and the canonical FHIR form: health data, kept apart from the metadata.
create table message_payload (
    tracking_id uuid primary key references message (tracking_id),
    raw         bytea not null,
    canonical   text
);

create table message_status (
    id          bigserial primary key,
    tracking_id uuid        not null references message (tracking_id),
    status      varchar(16) not null,
    stage       varchar(40),
    detail      text,
    at          timestamptz not null
);

create index message_status_tracking on message_status (tracking_id, id);

-- Duplicate detection on (sender HER-id, MsgId).
create table message_key (
    sender_her_id text  not null,
    msg_id        text not null,
    tracking_id   uuid         not null references message (tracking_id),
    primary key (sender_her_id, msg_id)
);

-- Idempotent delivery per (message, destination endpoint).
create table hand_over (
    tracking_id     uuid         not null references message (tracking_id),
    endpoint        varchar(100) not null,
    handed_over_at  timestamptz  not null,
    primary key (tracking_id, endpoint)
);
