-- Patients' objections (reservasjoner) to a kind of message going to their GP (GP-LISTS.md GL-23), and their audit
-- trail: registered, withdrawn, and every message to the patient's GP one of them suppressed.

create table patient_objection (
    id            bigserial primary key,
    patient_nin   varchar(11)  not null,
    message_types text         not null,
    source        text         not null,
    reason        text         not null,
    registered_at timestamptz  not null,
    withdrawn_at  timestamptz
);

create index patient_objection_patient on patient_objection (patient_nin);

create table patient_objection_audit (
    id           bigserial primary key,
    objection_id bigint      not null references patient_objection (id),
    action       varchar(16) not null,
    tracking_id  uuid references message (tracking_id),
    detail       text        not null,
    at           timestamptz not null
);

create index patient_objection_audit_objection on patient_objection_audit (objection_id);
