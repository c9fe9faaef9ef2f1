package no.samport.kith.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlMessagesTest {

    @Test
    void element_attribute_and_type_names_are_kept() {
        assertThat(XmlMessages.sanitize("cvc-complex-type.2.4.a: Invalid content was found starting with element "
                + "'{\"urn:x\":MsgId}'. One of '{\"urn:x\":GenDate}' is expected."))
                .contains("'{\"urn:x\":MsgId}'", "'{\"urn:x\":GenDate}'");
        assertThat(XmlMessages.sanitize("Attribute 'S' is not allowed to appear in element 'Type'."))
                .isEqualTo("Attribute 'S' is not allowed to appear in element 'Type'.");
    }

    @Test
    void quoted_values_are_redacted() {
        assertThat(XmlMessages.sanitize("cvc-datatype-valid.1.2.1: '12.03.1938' is not a valid value for 'date'."))
                .isEqualTo("cvc-datatype-valid.1.2.1: '…' is not a valid value for 'date'.");
        assertThat(XmlMessages.sanitize("cvc-type.3.1.3: The value 'Olav Testesen' of element 'GivenName' is not valid."))
                .isEqualTo("cvc-type.3.1.3: The value '…' of element 'GivenName' is not valid.");
        assertThat(XmlMessages.sanitize("Value '1203384114X' with length = '11' is not facet-valid"))
                .doesNotContain("1203384114X");
    }
}
