package no.samport.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.samport.policy.fhirpath.EvaluationScope;
import no.samport.policy.fhirpath.RoleMarks;
import no.samport.policy.rule.Outcome;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateType;

/**
 * Turns the outcome of a rule that fired into its effect on this message: a routing target becomes a HER-id, a
 * deadline a point in time, a task a due date.
 */
final class Effects {

    private final RoleMarks roles;
    private final Vocabulary vocabulary;

    Effects(RoleMarks roles, Vocabulary vocabulary) {
        this.roles = roles;
        this.vocabulary = vocabulary;
    }

    Effect of(Outcome outcome, EvaluationScope scope, List<String> receiverHerIds, Instant at) {
        if (outcome instanceof Outcome.Allow allow) {
            return new Effect.Allowed(allow.role(), allow.note());
        }
        if (outcome instanceof Outcome.Route route) {
            return route(route, scope, receiverHerIds);
        }
        if (outcome instanceof Outcome.Flag flag) {
            return new Effect.Finding(flag.finding(), flag.reportTo());
        }
        if (outcome instanceof Outcome.Reject reject) {
            return new Effect.Rejected(reject.code(), reject.reason());
        }
        if (outcome instanceof Outcome.CreateTask task) {
            return new Effect.TaskRequested(task.task(), vocabulary.task(task.task()).map(t -> t.name()).orElse(task.task()),
                    task.role(), task.ownerIsReceiver(), task.description(),
                    task.dueAfter() == null ? null : at.plus(task.dueAfter()));
        }
        Outcome.SetDeadline deadline = (Outcome.SetDeadline) outcome;
        Instant due = due(deadline.due(), scope, at);
        if (due == null) {
            return new Effect.NotApplied("no date to count the deadline from: input "
                    + ((Outcome.EndOfDay) deadline.due()).input() + " read nothing");
        }
        return new Effect.DeadlineSet(deadline.obligation(), due, deadline.metBy().key());
    }

    private Effect route(Outcome.Route route, EvaluationScope scope, List<String> receiverHerIds) {
        String herId;
        String via;
        if (route.role() != null) {
            List<String> units = roles.unitsOf(route.role());
            if (units.isEmpty()) {
                return new Effect.NotApplied("no unit fills the role " + route.role() + " here (add it under 'units' "
                        + "in the municipality's rule set)");
            }
            herId = units.get(0);
            via = "the unit for role " + route.role();
        } else if (route.herId() != null) {
            herId = route.herId();
            via = "fixed HER-id";
        } else {
            List<Base> values = scope.constantValue(route.herIdFrom());
            if (values == null || values.isEmpty() || !values.get(0).isPrimitive()) {
                return new Effect.NotApplied("input " + route.herIdFrom() + " read no HER-id from the message");
            }
            herId = values.get(0).primitiveValue();
            via = "HER-id read by input " + route.herIdFrom();
        }
        if (receiverHerIds.contains(herId)) {
            return new Effect.NotApplied("the message is already addressed to HER-id " + herId);
        }
        return new Effect.Rerouted(herId, via);
    }

    private static Instant due(Outcome.Due due, EvaluationScope scope, Instant at) {
        if (due instanceof Outcome.After after) {
            return at.plus(after.duration());
        }
        Outcome.EndOfDay endOfDay = (Outcome.EndOfDay) due;
        List<Base> values = scope.constantValue(endOfDay.input());
        if (values == null || values.isEmpty() || !(values.get(0) instanceof BaseDateTimeType date) || date.getValue() == null) {
            return null;
        }
        LocalDate day = date instanceof DateType ? LocalDate.parse(date.getValueAsString().substring(0, 10))
                : date.getValue().toInstant().atZone(endOfDay.zone()).toLocalDate();
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(endOfDay.zone()).toInstant();
    }
}
