package no.samport.policy.rule;

import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Quantity;

/** Time quantities in rule parameters ({@code 14 days}) as Java durations. */
public final class Quantities {

    private Quantities() {
    }

    /** The duration a single time-quantity parameter holds, or null if it holds something else. */
    public static Duration duration(List<Base> value) {
        if (value != null && value.size() == 1 && value.get(0) instanceof Quantity q && q.hasValue() && q.hasUnit()) {
            return Durations.of(q.getValue().longValueExact(), q.getUnit());
        }
        return null;
    }
}
