-- GP-list scenarios GL-20, GL-19, GL-07 (GP-LISTS.md §9): additive changes only.

-- GL-20: a doctor's competence in allmennmedisin (Samport code list gp-competence: spesialist, under-spesialisering,
-- ingen), null when the source did not report it.
alter table gp_contract_doctor add column competence varchar(24);
