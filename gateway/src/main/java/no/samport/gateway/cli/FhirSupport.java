package no.samport.gateway.cli;

import no.samport.gateway.support.MessageSyntax;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import ca.uhn.fhir.validation.FhirValidator;
import java.io.ByteArrayInputStream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR for the command line: one FhirContext (R4), parsing JSON or XML with every structural problem reported, and
 * HAPI's R4 instance validator (built once, on first use: it takes a few seconds).
 */
final class FhirSupport {

    static final FhirContext R4 = FhirContext.forR4();
    private static FhirValidator validator;

    private FhirSupport() {
    }

    /**
     * Parses a FHIR resource; structural problems the parser can read past go to {@code findings} as errors.
     *
     * @throws DataFormatException when it cannot be parsed at all
     */
    static IBaseResource parse(InputFile input, Findings findings) {
        IParser parser = input.kind() == MessageSyntax.FHIR_JSON ? R4.newJsonParser() : R4.newXmlParser();
        parser.setParserErrorHandler(new Collector(findings));
        return parser.parseResource(new ByteArrayInputStream(input.bytes()));
    }

    static synchronized FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                    new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4));
            validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** Records the parser's complaints instead of failing on the first or ignoring them. */
    private record Collector(Findings findings) implements IParserErrorHandler {

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            findings.add(Finding.error(where(location), "a contained resource has no id"));
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String elementName, BaseJsonLikeValue.ValueType expected,
                                      BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                                      BaseJsonLikeValue.ScalarType foundScalar) {
            findings.add(Finding.error(where(location), elementName + " is a JSON " + found + " where " + expected
                    + " is required"));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            findings.add(Finding.error(where(location), "invalid value: " + error));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String elementName) {
            findings.add(Finding.error(where(location), elementName + " is required"));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            findings.add(Finding.error(where(location), elementName + " repeats but may occur once"));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attributeName) {
            findings.add(Finding.error(where(location), "unknown attribute " + attributeName));
        }

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            findings.add(Finding.error(where(location), "unknown element " + elementName));
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            findings.add(Finding.warning(where(location), "reference " + reference + " does not resolve"));
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            findings.add(Finding.error(where(location), "reference " + reference + " names no contained resource"));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            findings.add(Finding.error(where(location), "an extension has both a value and nested extensions"));
        }

        private static String where(IParseLocation location) {
            return location == null || location.getParentElementName() == null ? null
                    : "in " + location.getParentElementName();
        }
    }
}
