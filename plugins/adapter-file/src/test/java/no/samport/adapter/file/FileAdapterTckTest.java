package no.samport.adapter.file;

import java.nio.file.Path;
import java.util.Map;
import no.samport.kith.KithCodec;
import no.samport.kith.KithFormats;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EndpointSettings;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.tck.AdapterTck;
import no.samport.testfixtures.tck.FolderProbe;
import no.samport.testfixtures.tck.TransportProbe;

/** The message-folder adapter passes the adapter TCK. */
class FileAdapterTckTest extends AdapterTck {

    @Override
    protected Adapter createAdapter() {
        return new FileAdapter(new KithCodec());
    }

    @Override
    protected EndpointSettings validSettings(Path workDirectory) {
        return new EndpointSettings("lade-legesenter", FileAdapter.ID, workDirectory,
                Map.of("poll-interval", "50", "read-lock-min-age", "50"));
    }

    @Override
    protected Map<String, byte[]> sampleMessages() {
        return Map.of(
                KithFormats.DIALOGMELDING_1_0, Fixtures.bytes("kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml"),
                KithFormats.DIALOGMELDING_1_1, Fixtures.bytes("kith/dialogmelding/1.1/helsefaglig-dialog-med-vedlegg.xml"),
                KithFormats.APPREC_1_0, Fixtures.bytes("kith/apprec/1.0/ok-fra-legekontor.xml"),
                KithFormats.APPREC_1_1, Fixtures.bytes("kith/apprec/1.1/ok-fra-sykehjem.xml"));
    }

    @Override
    protected TransportProbe probe(EndpointSettings settings) {
        return new FolderProbe(settings.workDirectory());
    }
}
