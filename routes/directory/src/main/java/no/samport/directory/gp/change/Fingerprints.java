package no.samport.directory.gp.change;

import java.util.StringJoiner;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.waiting.WaitingEntry;

/**
 * A digest of what a change says, independent of how it was written (resource ids, element order, whitespace): a
 * change re-sent with the same id and the same meaning has the same fingerprint.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(GpChange change, Provenance provenance) {
        StringJoiner text = new StringJoiner("|").add(change.kind()).add(provenance.source())
                .add(String.valueOf(provenance.sourceTime()));
        if (change instanceof GpChange.ContractChanged c) {
            contract(text, c.contract());
            text.add(String.valueOf(c.reportedListed()));
        } else if (change instanceof GpChange.MemberAdded c) {
            text.add(c.contractId()).add(String.valueOf(c.from())).add(c.beginCode()).add(c.navOffice());
            patient(text, c.patient());
        } else if (change instanceof GpChange.MemberEnded c) {
            text.add(c.contractId()).add(c.patientNin()).add(String.valueOf(c.to())).add(c.endCode());
        } else if (change instanceof GpChange.ListSnapshot c) {
            text.add(c.contractId()).add(String.valueOf(c.reportedCount()));
            for (GpChange.SnapshotMember m : c.members()) {
                patient(text, m.patient());
                text.add(String.valueOf(m.period())).add(m.beginCode()).add(m.endCode()).add(m.navOffice());
            }
        } else if (change instanceof GpChange.WaitingAdded c) {
            WaitingEntry e = c.entry();
            text.add(e.externalId()).add(e.municipality()).add(e.targetContractId())
                    .add(String.valueOf(e.group())).add(String.valueOf(e.joinedAt()));
            patient(text, e.patient());
        } else if (change instanceof GpChange.WaitingWithdrawn c) {
            text.add(String.valueOf(c.entryId())).add(c.externalId());
        }
        return Subjects.digest(text.toString());
    }

    private static void contract(StringJoiner text, GpContract c) {
        text.add(c.id()).add(c.office().toString()).add(c.municipality()).add(String.valueOf(c.maxPatients()))
                .add(c.status().code()).add(String.valueOf(c.validity())).add(String.valueOf(c.model()));
        for (Doctor d : c.doctors()) {
            text.add(d.hpr()).add(d.name()).add(d.herId()).add(d.nin()).add(d.relationship().code())
                    .add(d.substituteForHpr()).add(String.valueOf(d.period()));
        }
    }

    private static void patient(StringJoiner text, ListedPatient p) {
        text.add(p.nin()).add(p.familyName()).add(p.givenName()).add(String.valueOf(p.birthDate())).add(p.sex())
                .add(p.homeMunicipality());
    }
}
