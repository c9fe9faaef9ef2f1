package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samport.testfixtures.SharedReferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KithSchemaValidatorTest {

    @Test
    void all_official_schemas_compile_into_one_schema_resolving_imports_by_namespace() {
        KithSchemaValidator validator = KithTestSupport.schemaValidator();

        assertThat(validator.namespaces()).contains(
                "http://www.kith.no/xmlstds/msghead/2006-05-24",
                "http://www.kith.no/xmlstds/dialog/2006-10-11",
                "http://www.kith.no/xmlstds/dialog/2013-01-23",
                "http://www.kith.no/xmlstds/apprec/2004-11-21",
                "http://www.kith.no/xmlstds/apprec/2012-02-15",
                "http://www.kith.no/xmlstds/base64container",
                "http://www.w3.org/2000/09/xmldsig#");
    }

    @Test
    void the_official_examples_are_valid() throws Exception {
        for (String example : List.of("apprec-1.0-ok.xml", "dialogmelding-1.0-foresporsel-plo.xml",
                "dialogmelding-1.1-helsefaglig-dialog.xml", "epikrise-1.2-ny.xml")) {
            byte[] xml = Files.readAllBytes(SharedReferences.assumeExample(example));
            assertThat(KithTestSupport.schemaValidator().validate(xml)).as(example).isEmpty();
        }
    }

    @Test
    void errors_give_line_and_column() {
        byte[] xml = ("<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2004-11-21\">\n"
                + "  <MsgType V=\"APPREC\" S=\"1.2\"/>\n</AppRec>").getBytes(StandardCharsets.UTF_8);

        List<KithSchemaValidator.SchemaError> errors = KithTestSupport.schemaValidator().validate(xml);

        assertThat(errors).first().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.toString()).startsWith("2:").contains("Attribute 'S' is not allowed");
        });
    }

    @Test
    void an_import_of_a_namespace_no_file_defines_fails_with_a_clear_message(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                + "targetNamespace=\"urn:a\"><xs:import namespace=\"urn:missing\" "
                + "schemaLocation=\"http://example.org/missing.xsd\"/></xs:schema>");

        assertThatThrownBy(() -> KithSchemaValidator.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("urn:missing");
    }

    @Test
    void a_missing_directory_is_reported() {
        assertThatThrownBy(() -> KithSchemaValidator.fromDirectory(Path.of("/no/such/kith-schemas")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_document_with_a_doctype_is_invalid_and_its_entities_are_not_resolved() {
        byte[] xml = ("<!DOCTYPE AppRec [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2004-11-21\">&x;</AppRec>").getBytes(StandardCharsets.UTF_8);

        assertThat(KithTestSupport.schemaValidator().validate(xml)).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("DOCTYPE").doesNotContain("root:"));
    }
}
