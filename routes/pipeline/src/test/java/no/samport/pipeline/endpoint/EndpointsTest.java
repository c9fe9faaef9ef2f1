package no.samport.pipeline.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.directory.CommunicationParty;
import no.samport.directory.ConfiguredDirectory;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.MessageCodec;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    private static Adapter adapter(String id) {
        return adapter(id, List.of());
    }

    private static Adapter adapter(String id, List<String> problems) {
        return new Adapter() {
            @Override
            public List<String> validate(EndpointSettings endpoint) {
                return problems;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public MessageCodec codec() {
                return null;
            }

            @Override
            public Optional<String> inboundUri(EndpointSettings endpoint) {
                return Optional.empty();
            }

            @Override
            public Optional<String> outboundUri(EndpointSettings endpoint) {
                return Optional.empty();
            }
        };
    }

    private static EndpointsProperties properties(String endpointId, String adapterId) {
        EndpointsProperties properties = new EndpointsProperties();
        properties.setDataDir(Path.of("/var/lib/samport"));
        EndpointProperties endpoint = new EndpointProperties();
        endpoint.setAdapter(adapterId);
        properties.getEndpoints().put(endpointId, endpoint);
        return properties;
    }

    private static ConfiguredDirectory directory(String endpointId) {
        return new ConfiguredDirectory(List.of(new CommunicationParty("8300200", "Lade legesenter", endpointId,
                Set.of(), Set.of())));
    }

    @Test
    void givesEachEndpointAWorkDirectoryUnderTheDataDirectory() {
        Endpoints endpoints = new Endpoints(properties("lade-legesenter", "file"), List.of(adapter("file")),
                directory("lade-legesenter"));

        assertThat(endpoints.get("lade-legesenter").settings().workDirectory())
                .isEqualTo(Path.of("/var/lib/samport/endpoints/lade-legesenter"));
    }

    @Test
    void refusesToStartWhenTwoAdaptersShareAnId() {
        assertThatThrownBy(() -> new Endpoints(properties("lade-legesenter", "file"),
                List.of(adapter("file"), adapter("file")), directory("lade-legesenter")))
                .hasMessageContaining("Two adapters have the id 'file'");
    }

    @Test
    void refusesAnEndpointThatNamesAnUnknownAdapter() {
        assertThatThrownBy(() -> new Endpoints(properties("lade-legesenter", "nhn-edi"), List.of(adapter("file")),
                directory("lade-legesenter")))
                .hasMessageContaining("samport.endpoints.lade-legesenter.adapter is 'nhn-edi'")
                .hasMessageContaining("[file]");
    }

    @Test
    void refusesAPartyServedByAnEndpointThatDoesNotExist() {
        assertThatThrownBy(() -> new Endpoints(properties("lade-legesenter", "file"), List.of(adapter("file")),
                directory("lade")))
                .hasMessageContaining("HER-id 8300200");
    }

    @Test
    void refusesAnEndpointIdThatIsNotKebabCase() {
        assertThatThrownBy(() -> new Endpoints(properties("Lade_Legesenter", "file"), List.of(adapter("file")),
                new ConfiguredDirectory(List.of())))
                .hasMessageContaining("kebab-case");
    }

    @Test
    void thePartysFormatsWinOverTheEndpointsDefaults() {
        EndpointsProperties properties = properties("lade-legesenter", "file");
        properties.getEndpoints().get("lade-legesenter").setFormats(Set.of("dialogmelding-1.1"));
        Endpoint endpoint = new Endpoints(properties, List.of(adapter("file")), directory("lade-legesenter"))
                .get("lade-legesenter");

        assertThat(endpoint.preferences(Set.of("dialogmelding-1.0")).acceptedFormats()).containsExactly("dialogmelding-1.0");
        assertThat(endpoint.preferences(Set.of()).acceptedFormats()).containsExactly("dialogmelding-1.1");
    }

    @Test
    void refusesToStartWhenTheAdapterFindsTheEndpointsSettingsWrong() {
        Adapter picky = adapter("nhn-edi", List.of("samport.endpoints.lade-legesenter.properties.base-url is missing"));

        assertThatThrownBy(() -> new Endpoints(properties("lade-legesenter", "nhn-edi"), List.of(picky),
                directory("lade-legesenter")))
                .hasMessageContaining("Endpoint lade-legesenter (adapter nhn-edi) is misconfigured")
                .hasMessageContaining("properties.base-url is missing");
    }

    @Test
    void anEndpointWithoutOpeningHoursIsAlwaysOpen() {
        Endpoints endpoints = new Endpoints(properties("lade-legesenter", "file"), List.of(adapter("file")),
                directory("lade-legesenter"));

        assertThat(endpoints.get("lade-legesenter").openingHours()).isEmpty();
    }

    @Test
    void refusesOpeningHoursItCannotReadNamingTheKey() {
        EndpointsProperties properties = properties("lade-legesenter", "file");
        properties.getEndpoints().get("lade-legesenter").setOpeningHours("hverdager 8-15");

        assertThatThrownBy(() -> new Endpoints(properties, List.of(adapter("file")), directory("lade-legesenter")))
                .hasMessageContaining("samport.endpoints.lade-legesenter.opening-hours: 'hverdager 8-15' is not a rule"
                        + " like 'Mon-Fri 08:00-15:30'");
    }

    @Test
    void refusesAClosedDateThatIsNotADateAndClosedDatesWithoutOpeningHours() {
        EndpointsProperties properties = properties("lade-legesenter", "file");
        properties.getEndpoints().get("lade-legesenter").setClosedDates(List.of("24.12.2026"));

        assertThatThrownBy(() -> new Endpoints(properties, List.of(adapter("file")), directory("lade-legesenter")))
                .hasMessageContaining("closed-dates is set but opening-hours is not");
        properties.getEndpoints().get("lade-legesenter").setOpeningHours("Mon-Fri 08:00-15:30");
        assertThatThrownBy(() -> new Endpoints(properties, List.of(adapter("file")), directory("lade-legesenter")))
                .hasMessageContaining("samport.endpoints.lade-legesenter.closed-dates: '24.12.2026' is not a date");
    }
}
