package no.samport.gateway;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.fhir.ListGroupMapper;
import no.samport.directory.gp.fhir.WaitingTaskMapper;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.GpListConventions.Events;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;

/** GP-list change messages as a municipality or Fastlegeregisteret feed would send them (FHIR JSON). */
public final class GpChangeMessages {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final ListGroupMapper.Figures NO_FIGURES = new ListGroupMapper.Figures(0, 0, null, null);

    private GpChangeMessages() {
    }

    public static String contract(GpContract contract, String changeId) {
        Bundle message = message(Events.CONTRACT_CHANGED, contract.provenance(), changeId);
        focus(message, ListGroupMapper.addTo(message, contract, NO_FIGURES, List.of()));
        return json(message);
    }

    static String joined(GpContract contract, ListedPatient patient, LocalDate from, String beginCode,
                         Provenance provenance, String changeId) {
        Bundle message = message(Events.MEMBER_ADDED, provenance, changeId);
        focus(message, ListGroupMapper.addTo(message, contract, NO_FIGURES, List.of(new Membership(0, contract.id(),
                patient, Period.from(from), beginCode, null, null, provenance))));
        return json(message);
    }

    static String left(GpContract contract, ListedPatient patient, LocalDate from, LocalDate to, String endCode,
                       Provenance provenance, String changeId) {
        Bundle message = message(Events.MEMBER_ENDED, provenance, changeId);
        focus(message, ListGroupMapper.addTo(message, contract, NO_FIGURES, List.of(new Membership(0, contract.id(),
                patient, new Period(from, to), null, endCode, null, provenance))));
        return json(message);
    }

    /** A source's whole list for a contract (event gp-list-snapshot), with a Patient per member. */
    public static String snapshot(GpContract contract, List<Membership> members, String changeId) {
        Bundle message = message(Events.LIST_SNAPSHOT, contract.provenance(), changeId);
        focus(message, ListGroupMapper.addTo(message, contract, new ListGroupMapper.Figures(members.size(), 0, null,
                null), members));
        return json(message);
    }

    static String waiting(WaitingEntry entry, String changeId) {
        Bundle message = message(Events.WAITING_ADDED, entry.provenance(), changeId);
        focus(message, WaitingTaskMapper.addTo(message, entry));
        return json(message);
    }

    private static Bundle message(String event, Provenance provenance, String changeId) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(GpListConventions.EVENT, event, null));
        header.getSource().setName(provenance.source()).setEndpoint("urn:example:" + provenance.source());
        return Bundles.newMessage(changeId, Date.from(provenance.sourceTime()), header);
    }

    private static void focus(Bundle message, Reference reference) {
        Bundles.header(message).addFocus(reference);
    }

    static String json(Bundle bundle) {
        return FHIR.newJsonParser().encodeResourceToString(bundle);
    }

    static Provenance from(String source, Instant at) {
        return new Provenance(source, at);
    }
}
