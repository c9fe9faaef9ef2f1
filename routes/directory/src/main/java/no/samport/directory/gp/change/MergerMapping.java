package no.samport.directory.gp.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.MunicipalityMergers;
import no.samport.directory.gp.waiting.WaitingEntry;

/**
 * A change recorded on or after a merger's effective day that names an old kommunenummer gets the new one (GL-19), with
 * a note saying so; one recorded before keeps the old number. The change's id and fingerprint stay as received, so a
 * re-send is still the same change. Only numbers are mapped: the notes hold no personal data.
 */
public final class MergerMapping {

    /** The change as it is applied, and the notes on what was mapped. */
    public record Mapped(ChangeEnvelope change, List<String> notes) {
    }

    private final MunicipalityMergers mergers;

    public MergerMapping(MunicipalityMergers mergers) {
        this.mergers = mergers;
    }

    public Mapped map(ChangeEnvelope envelope, LocalDate recorded) {
        Set<String> notes = new LinkedHashSet<>();
        GpChange mapped = map(envelope.change(), recorded, notes);
        if (notes.isEmpty()) {
            return new Mapped(envelope, List.of());
        }
        return new Mapped(new ChangeEnvelope(envelope.changeId(), envelope.provenance(), envelope.fingerprint(),
                mapped), new ArrayList<>(notes));
    }

    private GpChange map(GpChange change, LocalDate day, Set<String> notes) {
        if (change instanceof GpChange.ContractChanged c) {
            GpContract contract = mergers.current(c.contract(), day);
            if (contract != c.contract()) {
                note(c.contract().municipality(), day, "the contract's municipality", notes);
                note(c.contract().office().municipality(), day, "the office's municipality", notes);
            }
            return new GpChange.ContractChanged(contract, c.reportedListed());
        }
        if (change instanceof GpChange.MemberAdded c) {
            return new GpChange.MemberAdded(c.contractId(), patient(c.patient(), day, notes), c.from(), c.beginCode(),
                    c.navOffice());
        }
        if (change instanceof GpChange.ListSnapshot c) {
            return new GpChange.ListSnapshot(c.contractId(), c.members().stream().map(m -> new GpChange.SnapshotMember(
                    patient(m.patient(), day, notes), m.period(), m.beginCode(), m.endCode(), m.navOffice())).toList(),
                    c.reportedCount());
        }
        if (change instanceof GpChange.WaitingAdded c) {
            WaitingEntry e = c.entry();
            note(e.municipality(), day, "the waiting list's municipality", notes);
            return new GpChange.WaitingAdded(new WaitingEntry(e.id(), e.externalId(), patient(e.patient(), day, notes),
                    mergers.current(e.municipality(), day), e.targetContractId(), e.group(), e.joinedAt(), e.status(),
                    e.offeredContractId(), e.offerDeadline(), e.provenance()));
        }
        return change;
    }

    private ListedPatient patient(ListedPatient p, LocalDate day, Set<String> notes) {
        String home = mergers.current(p.homeMunicipality(), day);
        if (home == null || home.equals(p.homeMunicipality())) {
            return p;
        }
        note(p.homeMunicipality(), day, "a home municipality", notes);
        return new ListedPatient(p.nin(), p.familyName(), p.givenName(), p.birthDate(), p.sex(), home);
    }

    private void note(String municipality, LocalDate day, String what, Set<String> notes) {
        mergers.on(municipality, day).ifPresent(m -> notes.add(what + " " + m.from() + " was merged into " + m.into()
                + " on " + m.effective() + ": recorded as " + m.into()));
    }
}
