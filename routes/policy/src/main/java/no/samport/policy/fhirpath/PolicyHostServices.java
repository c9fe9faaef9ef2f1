package no.samport.policy.fhirpath;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.exceptions.PathEngineException;
import org.hl7.fhir.r4.fhirpath.ExpressionNode.CollectionStatus;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.fhirpath.FHIRPathUtilityClasses.FunctionDetails;
import org.hl7.fhir.r4.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.fhirpath.FHIRPathConstantEvaluationMode;

/**
 * What the FHIRPath engine asks of Samport: the values and types of {@code %constants}, {@code resolve()} inside the
 * message bundle (and the documents it carries), and three functions rules use:
 * <ul>
 *   <li>{@code hasRole('fastlege')}: the item has the role (see {@link RoleMarks});</li>
 *   <li>{@code isTask('sykmelding')}: the item is a Task of that kind (Samport's task code system);</li>
 *   <li>{@code osloDate()}: the date of a date-time on the calendar in Norway (Europe/Oslo);</li>
 *   <li>{@code osloTime()}: the time of day of a date-time on the clock in Norway, to the second;</li>
 *   <li>{@code osloWeekday()}: the day of the week of a date-time in Norway, 1 = Monday to 7 = Sunday (ISO 8601).</li>
 * </ul>
 * The engine's application context is an {@link EvaluationScope} while evaluating and a {@link CheckContext} while
 * checking at load.
 */
final class PolicyHostServices implements IHostApplicationServices {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String HAS_ROLE = "hasRole";
    static final String IS_TASK = "isTask";
    static final String OSLO_DATE = "osloDate";
    static final String OSLO_TIME = "osloTime";
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final String OSLO_WEEKDAY = "osloWeekday";

    @Override
    public List<Base> resolveConstant(FHIRPathEngine engine, Object appContext, String name,
                                      FHIRPathConstantEvaluationMode mode) {
        if (mode == FHIRPathConstantEvaluationMode.EXPLICIT && appContext instanceof EvaluationScope scope) {
            List<Base> value = scope.constantValue(strip(name));
            return value == null ? new ArrayList<>() : value;
        }
        return new ArrayList<>();
    }

    @Override
    public TypeDetails resolveConstantType(FHIRPathEngine engine, Object appContext, String name,
                                           FHIRPathConstantEvaluationMode mode) {
        if (mode == FHIRPathConstantEvaluationMode.EXPLICIT && appContext instanceof CheckContext check) {
            return check.constants().get(strip(name));
        }
        return null;
    }

    private static String strip(String name) {
        return name.startsWith("%") ? name.substring(1) : name;
    }

    @Override
    public boolean log(String argument, List<Base> focus) {
        return false;
    }

    @Override
    public FunctionDetails resolveFunction(FHIRPathEngine engine, String functionName) {
        return switch (functionName) {
            case HAS_ROLE -> new FunctionDetails("whether the item has the role (Samport task-sharing roles)", 1, 1);
            case IS_TASK -> new FunctionDetails("whether the item is a Task of this kind (Samport task codes)", 1, 1);
            case OSLO_DATE -> new FunctionDetails("the date of a date-time in Europe/Oslo", 0, 0);
            case OSLO_TIME -> new FunctionDetails("the time of day of a date-time in Europe/Oslo", 0, 0);
            case OSLO_WEEKDAY -> new FunctionDetails("the ISO day of the week (1 = Monday) of a date-time in "
                    + "Europe/Oslo", 0, 0);
            default -> null;
        };
    }

    @Override
    public TypeDetails checkFunction(FHIRPathEngine engine, Object appContext, String functionName, TypeDetails focus,
                                     List<TypeDetails> parameters) throws PathEngineException {
        return switch (functionName) {
            case HAS_ROLE, IS_TASK -> new TypeDetails(focus.getCollectionStatus() == CollectionStatus.SINGLETON
                    ? CollectionStatus.SINGLETON : CollectionStatus.ORDERED, TypeDetails.FP_Boolean);
            case OSLO_DATE -> new TypeDetails(focus.getCollectionStatus(), "date");
            case OSLO_TIME -> new TypeDetails(focus.getCollectionStatus(), "time");
            case OSLO_WEEKDAY -> new TypeDetails(focus.getCollectionStatus(), TypeDetails.FP_Integer);
            default -> throw new PathEngineException("Unknown function " + functionName);
        };
    }

    @Override
    public List<Base> executeFunction(FHIRPathEngine engine, Object appContext, List<Base> focus, String functionName,
                                      List<List<Base>> parameters) {
        List<Base> result = new ArrayList<>();
        switch (functionName) {
            case HAS_ROLE -> {
                String role = firstString(parameters);
                RoleMarks marks = ((EvaluationScope) appContext).roles();
                focus.forEach(item -> result.add(new BooleanType(marks.has(item, role))));
            }
            case IS_TASK -> {
                String task = firstString(parameters);
                focus.forEach(item -> result.add(new BooleanType(isTask(item, task))));
            }
            case OSLO_DATE -> focus.stream()
                    .filter(BaseDateTimeType.class::isInstance)
                    .map(BaseDateTimeType.class::cast)
                    .filter(d -> d.getValue() != null)
                    .forEach(d -> result.add(osloDate(d)));
            case OSLO_TIME -> timed(focus).forEach(d -> result.add(new TimeType(d.format(TO_THE_SECOND))));
            case OSLO_WEEKDAY -> timed(focus).forEach(d -> result.add(new IntegerType(d.getDayOfWeek().getValue())));
            default -> throw new IllegalArgumentException("Unknown function " + functionName);
        }
        return result;
    }

    /**
     * The date-times among the items that carry a time of day, in Norway. A bare date has no time of day, and its
     * weekday would depend on the zone it is read in: it gives nothing.
     */
    private static List<ZonedDateTime> timed(List<Base> focus) {
        return focus.stream()
                .filter(BaseDateTimeType.class::isInstance)
                .map(BaseDateTimeType.class::cast)
                .filter(d -> d.getValue() != null && d.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal())
                .map(d -> d.getValue().toInstant().atZone(OSLO))
                .toList();
    }

    private static DateType osloDate(BaseDateTimeType dateTime) {
        if (dateTime instanceof DateType date) {
            return date;
        }
        return new DateType(dateTime.getValue().toInstant().atZone(OSLO).toLocalDate().toString());
    }

    private static boolean isTask(Base item, String kind) {
        if (!(item instanceof Task task)) {
            return false;
        }
        for (Coding coding : task.getCode().getCoding()) {
            if (Vocabulary.TASK_SYSTEM.equals(coding.getSystem()) && kind.equals(coding.getCode())) {
                return true;
            }
        }
        return false;
    }

    private static String firstString(List<List<Base>> parameters) {
        if (parameters.isEmpty() || parameters.get(0).isEmpty()) {
            return "";
        }
        return parameters.get(0).get(0).primitiveValue();
    }

    @Override
    public Base resolveReference(FHIRPathEngine engine, Object appContext, String url, Base refContext) {
        if (!(appContext instanceof EvaluationScope scope) || url == null) {
            return null;
        }
        return find(scope.bundle(), url);
    }

    /** A resource in the bundle or in a bundle it carries, by fullUrl or by {@code Type/id}. */
    private static Resource find(Bundle bundle, String url) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (url.equals(entry.getFullUrl())
                    || url.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart())) {
                return resource;
            }
            if (resource instanceof Bundle inner) {
                Resource found = find(inner, url);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public boolean conformsToProfile(FHIRPathEngine engine, Object appContext, Base item, String url) {
        return false;
    }

    @Override
    public ValueSet resolveValueSet(FHIRPathEngine engine, Object appContext, String url) {
        return null;
    }

    @Override
    public boolean paramIsType(String name, int index) {
        return false;
    }
}
