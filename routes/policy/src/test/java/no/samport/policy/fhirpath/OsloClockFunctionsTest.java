package no.samport.policy.fhirpath;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.fhirpath.ExpressionNode.CollectionStatus;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.junit.jupiter.api.Test;

/** {@code osloTime()} and {@code osloWeekday()}: the clock and the day of the week in Norway, whatever the offset. */
class OsloClockFunctionsTest {

    private static final FhirPaths PATHS = FhirPaths.create(FhirContext.forR4Cached());
    private static final CheckContext CHECK = new CheckContext(
            Map.of("at", new TypeDetails(CollectionStatus.SINGLETON, "dateTime")), Set.of(), Set.of());

    private static List<String> evaluate(String expression, BaseDateTimeType at) throws ExpressionException {
        CompiledExpression compiled = PATHS.compile(expression, CHECK);
        EvaluationScope scope = new EvaluationScope(new Bundle(), null, Map.of("at", List.of(at)));
        return PATHS.evaluate(compiled, scope).stream().map(Base::primitiveValue).toList();
    }

    @Test
    void aTimeInUtcIsReadOnTheClockInNorwayInWinterAndSummer() throws Exception {
        assertThat(evaluate("%at.osloTime()", new DateTimeType("2026-11-17T18:55:00Z"))).containsExactly("19:55:00");
        assertThat(evaluate("%at.osloTime()", new DateTimeType("2026-06-16T08:00:00Z"))).containsExactly("10:00:00");
    }

    @Test
    void theWeekdayIsTheDayInNorwayCountedFromMonday() throws Exception {
        assertThat(evaluate("%at.osloWeekday()", new DateTimeType("2026-11-17T19:55:00+01:00"))).containsExactly("2");
        // 23:30 UTC on a Tuesday is already Wednesday in Norway
        assertThat(evaluate("%at.osloWeekday()", new DateTimeType("2026-11-17T23:30:00Z"))).containsExactly("3");
        assertThat(evaluate("%at.osloWeekday()", new DateTimeType("2026-11-22T12:00:00+01:00"))).containsExactly("7");
    }

    @Test
    void aTimeOfDayComparesWithATimeLiteral() throws Exception {
        DateTimeType morning = new DateTimeType("2026-11-18T10:20:00+01:00");

        assertThat(evaluate("%at.osloTime() >= @T08:00:00 and %at.osloTime() < @T16:00:00", morning))
                .containsExactly("true");
        assertThat(evaluate("%at.osloTime() < @T10:00:00", morning)).containsExactly("false");
    }

    @Test
    void aDateWithoutATimeOfDayGivesNeitherTimeNorWeekday() throws Exception {
        CompiledExpression compiled = PATHS.compile("%at.osloTime() | %at.osloWeekday()", CHECK);
        EvaluationScope scope = new EvaluationScope(new Bundle(), null, Map.of("at", List.of(new DateType("2026-11-17"))));

        assertThat(PATHS.evaluate(compiled, scope)).isEmpty();
    }
}
