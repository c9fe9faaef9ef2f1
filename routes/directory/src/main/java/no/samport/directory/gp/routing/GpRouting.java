package no.samport.directory.gp.routing;

import java.time.Instant;
import java.util.Optional;

/**
 * Resolves "the patient's GP" through the GP lists at send time (GP-LISTS.md §6): the list the patient is on at that
 * moment, then who serves that list.
 */
public interface GpRouting {

    /**
     * The outcome: a route, or why there is none.
     *
     * @param patientOnNoList whether there is no route because the patient is on no GP list at send time (a message
     *                        may then wait for the patient to be placed on one, GL-12)
     */
    record Result(Optional<GpRoute> route, String explanation, boolean patientOnNoList) {

        public static Result routed(GpRoute route) {
            return new Result(Optional.of(route), route.explanation(), false);
        }

        public static Result refused(String explanation) {
            return new Result(Optional.empty(), explanation, false);
        }

        /** No route because the patient is on no list. */
        public static Result onNoList(String explanation) {
            return new Result(Optional.empty(), explanation, true);
        }
    }

    /**
     * Routes a message about the patient with this fødselsnummer or D-nummer, sent at {@code sendTime}.
     * Never throws for an unknown patient: the result then explains that no list holds them.
     */
    Result route(String patientNin, Instant sendTime);
}
