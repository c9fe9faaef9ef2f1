package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.Capacity;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListServing;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.RecruitmentReview;
import no.samport.directory.gp.fhir.ListGroupMapper;
import no.samport.directory.gp.fhir.WaitingTaskMapper;
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.service.GpTime;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.GpListConventions.Events;
import no.samport.plugin.api.fhir.PartyAddress;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Reference;

/** The outgoing GP-list messages, each a FHIR message bundle with a Group per list. */
public final class ListMessages {

    private final GpRepositories repositories;

    public ListMessages(GpRepositories repositories) {
        this.repositories = repositories;
    }

    /** The lists' joins and leaves (members with their periods), with today's figures. */
    public Bundle changes(PartyAddress office, Map<GpContract, List<Membership>> changed, Instant now) {
        Bundle bundle = GpMessages.newMessage(Events.LIST_CHANGES, "Endringer på fastlegelister", office, now);
        Map<String, Integer> queued = repositories.waiting().openPerContract();
        changed.forEach((contract, members) -> GpMessages.focus(bundle,
                ListGroupMapper.addTo(bundle, contract, figures(contract, queued, now), members)));
        return bundle;
    }

    /** The whole lists for a month: everyone on them on any day of it. */
    public Bundle full(PartyAddress office, List<GpContract> contracts, YearMonth month, Instant now) {
        Bundle bundle = GpMessages.newMessage(Events.LIST_FULL, "Fastlegelister", office, now);
        Map<String, Integer> queued = repositories.waiting().openPerContract();
        for (GpContract contract : contracts) {
            List<Membership> members = repositories.memberships().overlapping(contract.id(), month.atDay(1),
                    month.atEndOfMonth());
            GpMessages.focus(bundle, ListGroupMapper.addTo(bundle, contract, figures(contract, queued, now), members));
        }
        return bundle;
    }

    /** Each list's cap, listed, free places, waiting count and status: no persons, no identity numbers. */
    public Bundle capacity(PartyAddress municipality, List<GpContract> contracts, Instant now) {
        Bundle bundle = GpMessages.newMessage(Events.CAPACITY, "Kapasitet og ledige plasser", municipality, now);
        Map<String, Integer> queued = repositories.waiting().openPerContract();
        for (GpContract contract : contracts) {
            GpMessages.focus(bundle, ListGroupMapper.addTo(bundle, contract.withoutDoctorNins(),
                    figures(contract, queued, now), List.of()));
        }
        return bundle;
    }

    /** Places on a list offered to waiting people, until the offers' deadline: a Task per person and the Group. */
    public Bundle offers(PartyAddress municipality, List<WaitingEntry> offered, GpContract contract, Instant now) {
        Bundle bundle = GpMessages.newMessage(Events.PLACE_OFFERED, "Ledig plass tilbudt fra venteliste",
                municipality, now);
        for (WaitingEntry entry : offered) {
            GpMessages.focus(bundle, WaitingTaskMapper.addTo(bundle, entry));
        }
        GpMessages.focus(bundle, ListGroupMapper.addTo(bundle, contract.withoutDoctorNins(),
                figures(contract, repositories.waiting().openPerContract(), now), List.of()));
        return bundle;
    }

    /** A list whose recruitment review is due (GL-07): the Group with its adverts and the day it became vacant. */
    public Bundle recruitmentReview(PartyAddress municipality, GpContract contract, RecruitmentReview.Due due,
                                    Instant now) {
        Bundle bundle = GpMessages.newMessage(Events.RECRUITMENT_REVIEW_DUE,
                "Gjennomgang av rekruttering til fastlegeavtale", municipality, now);
        Reference group = ListGroupMapper.addTo(bundle, contract.withoutDoctorNins(),
                figures(contract, repositories.waiting().openPerContract(), now), List.of());
        Bundles.resolve(bundle, group).ifPresent(g -> ((Group) g).addExtension(GpListConventions.EXT_VACANT_SINCE,
                new DateType(due.vacantSince().toString())));
        GpMessages.focus(bundle, group);
        return bundle;
    }

    /** A list's figures today: listed, free places, people queued for it, how it is served. */
    public ListGroupMapper.Figures figures(GpContract contract, Map<String, Integer> queued, Instant now) {
        LocalDate day = GpTime.day(now);
        int listed = repositories.memberships().listedOn(contract.id(), day);
        int waiting = queued.getOrDefault(contract.id(), 0);
        return new ListGroupMapper.Figures(listed, Capacity.freePlaces(contract, listed, day), waiting,
                ListServing.of(contract, day));
    }
}
