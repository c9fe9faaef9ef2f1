package no.samport.directory.gp.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** Small FHIR helpers shared by the GP-list mappers. */
final class GpCodings {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private GpCodings() {
    }

    static Coding municipality(String code) {
        return new Coding(GpListConventions.MUNICIPALITY, code, null);
    }

    static Identifier identifier(String system, String value) {
        return new Identifier().setSystem(system).setValue(value);
    }

    static Optional<String> identifier(List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(i -> system.equals(i.getSystem())).map(Identifier::getValue)
                .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
    }

    static void extension(Element element, String url, Type value) {
        if (value != null) {
            element.addExtension(new Extension(url, value));
        }
    }

    static void extension(DomainResource resource, String url, Type value) {
        if (value != null) {
            resource.addExtension(new Extension(url, value));
        }
    }

    static Optional<Type> value(Element element, String url) {
        return Optional.ofNullable(element.getExtensionByUrl(url)).map(Extension::getValue);
    }

    static Optional<Type> value(DomainResource resource, String url) {
        return Optional.ofNullable(resource.getExtensionByUrl(url)).map(Extension::getValue);
    }

    static Optional<String> code(Type value) {
        return value instanceof Coding coding && coding.hasCode() ? Optional.of(coding.getCode().strip())
                : Optional.empty();
    }

    static Period period(no.samport.directory.gp.Period period) {
        Period fhir = new Period();
        fhir.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(period.from().toString()));
        if (period.to() != null) {
            fhir.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(period.to().toString()));
        }
        return fhir;
    }

    /** A FHIR period as whole days; {@code what} names the element for error messages. */
    static no.samport.directory.gp.Period period(Period fhir, String what) {
        if (fhir == null || !fhir.hasStart()) {
            throw new InvalidGpDataException(what + ".start is missing");
        }
        LocalDate from = day(fhir.getStart());
        LocalDate to = fhir.hasEnd() ? day(fhir.getEnd()) : null;
        if (to != null && to.isBefore(from)) {
            throw new InvalidGpDataException(what + " ends (" + to + ") before it starts (" + from + ")");
        }
        return new no.samport.directory.gp.Period(from, to);
    }

    static LocalDate day(Date date) {
        return LocalDate.ofInstant(date.toInstant(), OSLO);
    }

    static DateType date(LocalDate day) {
        return day == null ? null : new DateType(day.toString());
    }
}
