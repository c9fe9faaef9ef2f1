-- GP-list scenarios GL-20, GL-19, GL-07 (GP-LISTS.md §9): additive changes only.

-- GL-20: a doctor's competence in allmennmedisin (Samport code list gp-competence: spesialist, under-spesialisering,
-- ingen), null when the source did not report it.
alter table gp_contract_doctor add column competence varchar(24);

-- GL-07: the days a vacant contract was advertised (utlysninger), as its source reports them.
create table gp_contract_advert (
    contract_id   text not null references gp_contract (id) on delete cascade,
    advertised_on date not null,
    primary key (contract_id, advertised_on)
);

-- GL-07: recruitment reviews the municipality was told are due: one per contract and vacancy (the day since which the
-- list has had no holder), so the notice goes once.
create table gp_recruitment_review (
    contract_id  text        not null references gp_contract (id) on delete cascade,
    vacant_since date        not null,
    adverts      integer     not null,
    noticed_at   timestamptz not null,
    primary key (contract_id, vacant_since)
);
