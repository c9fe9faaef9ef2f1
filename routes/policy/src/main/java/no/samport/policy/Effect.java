package no.samport.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;

/** What a rule that fired does to this message, resolved against the message and the policy in force. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Effect.Allowed.class, name = "allow"),
        @JsonSubTypes.Type(value = Effect.Rerouted.class, name = "route"),
        @JsonSubTypes.Type(value = Effect.Finding.class, name = "flag"),
        @JsonSubTypes.Type(value = Effect.Rejected.class, name = "reject"),
        @JsonSubTypes.Type(value = Effect.TaskRequested.class, name = "task"),
        @JsonSubTypes.Type(value = Effect.DeadlineSet.class, name = "deadline"),
        @JsonSubTypes.Type(value = Effect.NotApplied.class, name = "not-applied")
})
public sealed interface Effect {

    /** One line for people. */
    String describe();

    /** One word for summaries: allow, route, flag, reject, task, deadline, not-applied. */
    String label();

    /** The task may or should be done by this role. */
    record Allowed(String role, String note) implements Effect {
        public String label() {
            return "allow";
        }

        public String describe() {
            return "allowed for " + role + (note == null ? "" : ": " + note);
        }
    }

    /** The message goes to this HER-id instead of its receiver. */
    record Rerouted(String herId, String via) implements Effect {
        public String label() {
            return "route";
        }

        public String describe() {
            return "re-route to HER-id " + herId + " (" + via + ")";
        }
    }

    /** A finding about the sender, counted for reports; the message is delivered. */
    record Finding(String finding, List<String> reportTo) implements Effect {
        public String label() {
            return "flag";
        }

        public String describe() {
            return "finding: " + finding;
        }
    }

    /** The message is refused with this 8221 code. */
    record Rejected(String code, String reason) implements Effect {
        public String label() {
            return "reject";
        }

        public String describe() {
            return "reject (" + code + "): " + reason;
        }
    }

    /** A Task for a role is added to the message. */
    record TaskRequested(String task, String taskName, String role, boolean ownerIsReceiver, String description,
                         Instant dueAt) implements Effect {
        public String label() {
            return "task";
        }

        public String describe() {
            return "Task " + task + " for " + role + (dueAt == null ? "" : ", due " + dueAt);
        }
    }

    /** An obligation is tracked until it is met, with an alarm when it is not met by {@code dueAt}. */
    record DeadlineSet(String obligation, Instant dueAt, String metBy) implements Effect {
        public String label() {
            return "deadline";
        }

        public String describe() {
            return "deadline " + dueAt + ": " + obligation + " (met when " + metBy + ")";
        }
    }

    /** The rule fired but its outcome could not be carried out here, and why. */
    record NotApplied(String reason) implements Effect {
        public String label() {
            return "not-applied";
        }

        public String describe() {
            return "not applied: " + reason;
        }
    }
}
