-- Task-sharing policy (issue 5): the decision stored with each message, the findings counted for reports, and the
-- obligations with deadlines that the deadline route tracks.

-- One decision per message: the rule-set versions, the rules that fired (path) and the whole decision with the inputs
-- each rule read (identity numbers masked).
create table policy_decision (
    tracking_id      uuid primary key references message (tracking_id),
    rule_set_version text        not null,
    path             text        not null,
    decision         json        not null,
    decided_at       timestamptz not null
);

-- Findings about a sending organisation, counted per organisation and rule for the cooperation bodies' reports.
create table policy_finding (
    id               bigserial primary key,
    tracking_id      uuid         not null references message (tracking_id),
    rule_id          varchar(80)  not null,
    modality         varchar(10)  not null,
    finding          text         not null,
    sender_org_her_id text,
    sender_org_name  text,
    message_type     text,
    report_to        text,
    rule_set_version text         not null,
    found_at         timestamptz  not null
);

create index policy_finding_report on policy_finding (found_at, sender_org_her_id, rule_id);
create index policy_finding_message on policy_finding (tracking_id);

-- Obligations with a deadline: OPEN until met or due; ALARM when due and not met; MET, MET_LATE or CLEARED when met.
create table policy_deadline (
    id                 bigserial primary key,
    tracking_id        uuid         not null references message (tracking_id),
    rule_id            varchar(80)  not null,
    obligation         text         not null,
    met_by             varchar(16)  not null,
    awaited_msg_id     text,
    due_at             timestamptz  not null,
    status             varchar(16)  not null,
    met_at             timestamptz,
    met_by_tracking_id uuid,
    alarm_raised_at    timestamptz,
    created_at         timestamptz  not null
);

create index policy_deadline_pending on policy_deadline (status, due_at) where status in ('OPEN', 'ALARM');
create index policy_deadline_awaited on policy_deadline (awaited_msg_id) where status in ('OPEN', 'ALARM');
create index policy_deadline_message on policy_deadline (tracking_id);
