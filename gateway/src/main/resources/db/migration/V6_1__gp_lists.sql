-- GP lists and waiting lists (routes/directory, no.samport.directory.gp): offices, contracts with their doctors,
-- list memberships, waiting-list entries, the change ledger and the findings it reports. Every list record carries
-- its source and the time the source recorded it. Persons are identified by fødselsnummer / D-nummer here only.

create table gp_office (
    org_nr       varchar(9)  primary key,
    her_id       text,
    name         text        not null,
    municipality varchar(4)  not null,
    source       text        not null,
    source_time  timestamptz not null,
    updated_at   timestamptz not null
);

create table gp_contract (
    id             text        primary key,
    office_org_nr  varchar(9)  not null references gp_office (org_nr),
    municipality   varchar(4)  not null,
    max_patients   integer     not null check (max_patients >= 0),
    status         varchar(4)  not null,
    valid_from     date        not null,
    valid_to       date,
    contract_model varchar(20),
    source         text        not null,
    source_time    timestamptz not null,
    updated_at     timestamptz not null
);

create index gp_contract_municipality on gp_contract (municipality);
create index gp_contract_office on gp_contract (office_org_nr);

create table gp_contract_doctor (
    id                 bigserial primary key,
    contract_id        text       not null references gp_contract (id) on delete cascade,
    hpr                text       not null,
    name               text,
    her_id             text,
    nin                varchar(11),
    relationship       varchar(4) not null,
    substitute_for_hpr text,
    valid_from         date       not null,
    valid_to           date
);

create index gp_contract_doctor_contract on gp_contract_doctor (contract_id);

create table gp_patient (
    nin               varchar(11) primary key,
    family_name       text,
    given_name        text,
    birth_date        date,
    sex               varchar(1),
    home_municipality varchar(4),
    updated_at        timestamptz not null
);

create table gp_membership (
    id                bigserial   primary key,
    contract_id       text        not null references gp_contract (id),
    patient_nin       varchar(11) not null references gp_patient (nin),
    valid_from        date        not null,
    valid_to          date,
    begin_code        varchar(4),
    end_code          varchar(4),
    home_municipality varchar(4),
    nav_office        text,
    source            text        not null,
    source_time       timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);

create index gp_membership_patient on gp_membership (patient_nin, valid_from);
create index gp_membership_contract on gp_membership (contract_id, valid_to);

-- One row per join or leave, for the list changes each GP office is sent; distributed_at is set once it was.
create table gp_list_event (
    id             bigserial   primary key,
    contract_id    text        not null references gp_contract (id),
    membership_id  bigint      not null references gp_membership (id),
    kind           varchar(8)  not null,
    event_date     date        not null,
    created_at     timestamptz not null,
    distributed_at timestamptz
);

create index gp_list_event_pending on gp_list_event (contract_id, id) where distributed_at is null;

create table gp_waiting_entry (
    id                  uuid        primary key,
    source              text        not null,
    external_id         text,
    patient_nin         varchar(11) not null references gp_patient (nin),
    municipality        varchar(4)  not null,
    target_contract_id  text references gp_contract (id),
    wait_group          varchar(20),
    joined_at           timestamptz not null,
    status              varchar(10) not null,
    offered_contract_id text references gp_contract (id),
    offered_at          timestamptz,
    offer_deadline      timestamptz,
    closed_at           timestamptz,
    membership_id       bigint references gp_membership (id),
    source_time         timestamptz not null,
    updated_at          timestamptz not null,
    unique (source, external_id)
);

create index gp_waiting_open on gp_waiting_entry (municipality, status) where status in ('WAITING', 'OFFERED');
create index gp_waiting_target on gp_waiting_entry (target_contract_id) where status in ('WAITING', 'OFFERED');
create index gp_waiting_offered on gp_waiting_entry (offered_contract_id) where status = 'OFFERED';

-- Every change received, once per (source, change id): re-sending a change finds it here and changes nothing.
create table gp_change (
    source       text        not null,
    change_id    text        not null,
    kind         text        not null,
    subject      text        not null,
    source_time  timestamptz not null,
    fingerprint  varchar(64) not null,
    outcome      varchar(16) not null,
    detail       text,
    received_at  timestamptz not null,
    primary key (source, change_id)
);

-- The source time of the last change applied to each subject: an older change arriving later is out of order.
create table gp_subject_clock (
    subject     text        primary key,
    source_time timestamptz not null,
    source      text        not null,
    change_id   text        not null
);

-- What an operator must look at: contradictions, out-of-order changes, disagreeing sources. No personal data.
create table gp_finding (
    id          bigserial   primary key,
    kind        varchar(24) not null,
    contract_id text,
    source      text,
    change_id   text,
    detail      text        not null,
    created_at  timestamptz not null
);

create index gp_finding_kind on gp_finding (kind, id desc);

-- Figures sources report (listed, leavers, waiting, vacant contracts ...), compared by the reconciliation report.
create table gp_reported_figure (
    source      text        not null,
    subject     text        not null,
    metric      text        not null,
    period      text        not null,
    value       bigint      not null,
    reported_at timestamptz not null,
    primary key (source, subject, metric, period)
);

-- Documents for GP offices and municipalities (list changes, full lists, capacity, offers), delivered by a route.
create table gp_outbox (
    id               uuid         primary key,
    kind             varchar(24)  not null,
    recipient_her_id text         not null,
    endpoint         varchar(100) not null,
    format           varchar(20)  not null,
    name             varchar(200) not null,
    payload          bytea        not null,
    status           varchar(8)   not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    created_at       timestamptz  not null,
    sent_at          timestamptz
);

create index gp_outbox_pending on gp_outbox (next_attempt_at) where status = 'PENDING';

-- Per recipient: the capacity figures it last got and the month of its last full list.
create table gp_distribution_cursor (
    recipient_her_id text primary key,
    capacity_digest  varchar(64),
    full_list_month  varchar(7)
);
