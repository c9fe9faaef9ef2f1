package no.samport.directory.gp.views;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListServing;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.distribution.ListMessages;
import no.samport.directory.gp.fhir.GeneralPractitionerMapper;
import no.samport.directory.gp.fhir.ListGroupMapper;
import no.samport.directory.gp.fhir.WaitingTaskMapper;
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.service.GpTime;
import org.hl7.fhir.r4.model.Bundle;

/** The GP data as FHIR for the API: lists as Groups, the patient's GP, waiting-list entries as Tasks. */
public final class GpViews {

    private final GpRepositories repositories;
    private final ListMessages messages;
    private final Clock clock;

    public GpViews(GpRepositories repositories, ListMessages messages, Clock clock) {
        this.repositories = repositories;
        this.messages = messages;
        this.clock = clock;
    }

    /** A list with today's figures, and its members on {@code day} when asked (else none). */
    public Optional<Bundle> contract(String id, boolean members) {
        return repositories.contracts().find(id).map(contract -> {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            List<Membership> listed = members ? repositories.memberships().membersOn(id, GpTime.day(clock.instant()))
                    : List.of();
            ListGroupMapper.addTo(bundle, contract.withoutDoctorNins(), figures(contract), listed);
            return bundle;
        });
    }

    /** Every list of a municipality (or all), with figures and without members. */
    public Bundle contracts(String municipality) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        Map<String, Integer> queued = repositories.waiting().openPerContract();
        List<GpContract> contracts = municipality == null ? repositories.contracts().all()
                : repositories.contracts().inMunicipality(municipality);
        for (GpContract contract : contracts) {
            ListGroupMapper.addTo(bundle, contract.withoutDoctorNins(), messages.figures(contract, queued,
                    clock.instant()), List.of());
        }
        return bundle.setTotal(contracts.size());
    }

    /** A list as it stood in a month (everyone on it on any day of it), for a HIS 1023 list. */
    public Optional<Bundle> month(String id, YearMonth month) {
        return repositories.contracts().find(id).map(contract -> {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            ListGroupMapper.addTo(bundle, contract, figures(contract), repositories.memberships()
                    .overlapping(id, month.atDay(1), month.atEndOfMonth()));
            return bundle;
        });
    }

    /** The patient's GP on a day: Patient.generalPractitioner with the list; empty when on no list. */
    public Optional<Bundle> generalPractitioner(String nin, LocalDate day) {
        return repositories.memberships().activeOn(nin, day).flatMap(membership ->
                repositories.contracts().find(membership.contractId()).map(GpContract::withoutDoctorNins)
                        .map(contract -> GeneralPractitionerMapper.toFhir(membership, contract, figures(contract),
                                ListServing.of(contract, day))));
    }

    /** A waiting-list entry as a Task. */
    public Optional<Bundle> waitingEntry(UUID id) {
        return repositories.waiting().find(id).map(entry -> {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            WaitingTaskMapper.addTo(bundle, entry);
            return bundle;
        });
    }

    private ListGroupMapper.Figures figures(GpContract contract) {
        return messages.figures(contract, repositories.waiting().openPerContract(), clock.instant());
    }
}
