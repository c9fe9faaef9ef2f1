package no.example.samport.fhirfolder;

import java.nio.file.Path;
import java.util.Map;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EndpointSettings;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.tck.AdapterTck;
import no.samport.testfixtures.tck.FolderProbe;
import no.samport.testfixtures.tck.TransportProbe;

/** The example adapter passes Samport's adapter TCK. */
class FhirFolderAdapterTckTest extends AdapterTck {

    @Override
    protected Adapter createAdapter() {
        return new FhirFolderAdapter();
    }

    @Override
    protected EndpointSettings validSettings(Path workDirectory) {
        return new EndpointSettings("fhir-folder-demo", FhirFolderAdapter.ID, workDirectory, Map.of("poll-interval", "50"));
    }

    @Override
    protected Map<String, byte[]> sampleMessages() {
        // a realistic message bundle shipped with the TCK jar; an adapter may use its own samples instead
        return Map.of(FhirJsonCodec.FORMAT,
                Fixtures.bytes("fhir/message/foresporsel-hjemmetjenesten-til-lade-legesenter.json"));
    }

    @Override
    protected TransportProbe probe(EndpointSettings settings) {
        return new FolderProbe(settings.workDirectory());
    }
}
