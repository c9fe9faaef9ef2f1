-- Messages for "the patient's GP" waiting for their patient to be placed on a GP list (GP-LISTS.md GL-12,
-- samport.gp-lists.hold-unlisted-for). The message itself is in status WAITING; this row says for whom and until when.
-- patient_nin matches joins to waiting messages, as patient_objection does (V7_1); it is never logged.

create table patients_gp_wait (
    tracking_id uuid primary key references message (tracking_id),
    patient_nin varchar(11) not null,
    since       timestamptz not null,
    until       timestamptz not null,
    expired     boolean     not null default false
);

create index patients_gp_wait_patient on patients_gp_wait (patient_nin);
create index patients_gp_wait_until on patients_gp_wait (until) where not expired;
