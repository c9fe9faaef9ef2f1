package no.samport.policy.rule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * What a rule does when its condition holds. Exactly one per rule. Only {@link Reject} can stop a message; every other
 * outcome lets it through (TASK-SHARING.md P1).
 */
public sealed interface Outcome {

    /** The outcome's key in a rule file. */
    String kind();

    /** One line for people: what the rule does when it fires. */
    String describe();

    /** The task may or should be done by this role: recorded with the decision, nothing changes. */
    record Allow(String role, String note) implements Outcome {
        public String kind() {
            return "allow";
        }

        public String describe() {
            return "allow: " + role + (note == null ? "" : " — " + note);
        }
    }

    /**
     * Send the message to another receiver: the unit configured for a role, a fixed HER-id, or a HER-id read by one of
     * the rule's inputs (e.g. the patient's GP). Exactly one of the three is set.
     */
    record Route(String role, String herId, String herIdFrom) implements Outcome {
        public String kind() {
            return "route";
        }

        public String describe() {
            if (role != null) {
                return "route to the unit for role " + role;
            }
            return herId != null ? "route to HER-id " + herId : "route to the HER-id read by input " + herIdFrom;
        }
    }

    /** A finding about the sender, counted per sending organisation and rule; never blocks the message. */
    record Flag(String finding, List<String> reportTo) implements Outcome {
        public String kind() {
            return "flag";
        }

        public String describe() {
            return "finding: " + finding + (reportTo.isEmpty() ? "" : " (reported to " + String.join(", ", reportTo) + ")");
        }
    }

    /** Refuse the message: the sender gets an AppRec with status 2 and this 8221 code. */
    record Reject(String code, String reason) implements Outcome {
        public String kind() {
            return "reject";
        }

        public String describe() {
            return "reject with AppRec " + code + ": " + reason;
        }
    }

    /**
     * Add a FHIR {@code Task} to the message for a role (and, when {@code ownerIsReceiver}, owned by the message's
     * receiver), optionally due some time after the message.
     */
    record CreateTask(String task, String role, boolean ownerIsReceiver, String description, Duration dueAfter)
            implements Outcome {
        public String kind() {
            return "task";
        }

        public String describe() {
            return "create Task " + task + " for " + role + (ownerIsReceiver ? " (the receiver)" : "")
                    + (dueAfter == null ? "" : ", due after " + Durations.text(dueAfter));
        }
    }

    /** Track an obligation with a deadline; an alarm is raised when it is not met in time, and cleared when it is. */
    record SetDeadline(String obligation, Due due, MetBy metBy) implements Outcome {
        public String kind() {
            return "deadline";
        }

        public String describe() {
            return "deadline: " + obligation + ", " + due.describe() + ", met when " + metBy.describe();
        }
    }

    /** When a deadline falls. */
    sealed interface Due {
        String describe();
    }

    /** At the end of the calendar day (in {@code zone}) of the date an input reads, e.g. the discharge date. */
    record EndOfDay(String input, ZoneId zone) implements Due {
        public String describe() {
            return "by 23:59 " + zone + " on the day of " + input;
        }
    }

    /** A time after Samport handled the message; {@code parameter} names the rule parameter it came from, if any. */
    record After(Duration duration, String parameter) implements Due {
        public String describe() {
            return "within " + Durations.text(duration) + (parameter == null ? "" : " (parameter " + parameter + ")");
        }
    }

    /** What meets a deadline. */
    enum MetBy implements Keyed {
        /** The message reached its receiver: status DELIVERED. */
        DELIVERED("delivered", "the message is delivered"),
        /** The receiver answered: a message whose RefToParent is this message's MsgId. */
        ANSWERED("answered", "the receiver answers");

        private final String key;
        private final String description;

        MetBy(String key, String description) {
            this.key = key;
            this.description = description;
        }

        @Override
        public String key() {
            return key;
        }

        public String describe() {
            return description;
        }
    }
}
