package no.samport.directory.gp.change;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.waiting.WaitingEntry;

/**
 * One change to the GP data, as a source sent it. {@link #subject()} names what it changes, for ordering: changes to
 * one subject are applied in the order their source recorded them.
 */
public sealed interface GpChange {

    /** What the change is about, e.g. {@code contract:1234} (never a personal identity in clear text). */
    String subject();

    /** The event code (GpListConventions.Events). */
    String kind();

    /**
     * A contract was created or changed: cap, status, period, model, doctors; {@code reportedListed} is the number of
     * listed patients the source states (Group.quantity), or null.
     */
    record ContractChanged(GpContract contract, Integer reportedListed) implements GpChange {
        public String subject() {
            return "contract:" + contract.id();
        }

        public String kind() {
            return "gp-contract-changed";
        }
    }

    /** A person was put on a list from a day (switching from any list they were on). */
    record MemberAdded(String contractId, ListedPatient patient, LocalDate from, String beginCode, String navOffice)
            implements GpChange {
        public String subject() {
            return Subjects.member(contractId, patient.nin());
        }

        public String kind() {
            return "gp-list-member-added";
        }
    }

    /** A person left a list on a day. */
    record MemberEnded(String contractId, String patientNin, LocalDate to, String endCode) implements GpChange {
        public String subject() {
            return Subjects.member(contractId, patientNin);
        }

        public String kind() {
            return "gp-list-member-ended";
        }

        @Override
        public String toString() {
            return "MemberEnded[contract=" + contractId + ", to=" + to + ", endCode=" + endCode + "]";
        }
    }

    /** A source's whole list for a contract at its time; {@code reportedCount} is the count it states, if any. */
    record ListSnapshot(String contractId, List<SnapshotMember> members, Integer reportedCount) implements GpChange {
        public ListSnapshot {
            members = List.copyOf(members);
        }

        public String subject() {
            return "contract:" + contractId + "/list";
        }

        public String kind() {
            return "gp-list-snapshot";
        }
    }

    /** One person in a list snapshot. */
    record SnapshotMember(ListedPatient patient, Period period, String beginCode, String endCode, String navOffice) {
    }

    /** A person joined a waiting list. */
    record WaitingAdded(WaitingEntry entry) implements GpChange {
        public String subject() {
            return "waiting:" + entry.provenance().source() + ":" + (entry.externalId() != null ? entry.externalId()
                    : entry.id());
        }

        public String kind() {
            return "waiting-list-entry-added";
        }
    }

    /** A person left a waiting list without a place: the entry by Samport's id or the source's own id. */
    record WaitingWithdrawn(UUID entryId, String externalId) implements GpChange {
        public String subject() {
            return "waiting:" + (entryId != null ? entryId : externalId);
        }

        public String kind() {
            return "waiting-list-entry-withdrawn";
        }
    }
}
