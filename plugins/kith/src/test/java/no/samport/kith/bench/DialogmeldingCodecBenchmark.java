package no.samport.kith.bench;

import java.util.concurrent.TimeUnit;
import no.samport.kith.KithCodec;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Decode and encode of a typical Dialogmelding 1.0 forespørsel (about 4 KB), single-threaded. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DialogmeldingCodecBenchmark {

    private final KithCodec codec = new KithCodec();
    private byte[] foresporsel;
    private Bundle decoded;

    @Setup
    public void load() throws Exception {
        foresporsel = Fixtures.bytes("kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml");
        decoded = codec.decode(foresporsel).bundle();
    }

    @Benchmark
    public DecodedMessage decode() throws Exception {
        return codec.decode(foresporsel);
    }

    @Benchmark
    public byte[] encode() throws Exception {
        return codec.encode(decoded, EncodingPreferences.defaults());
    }

    @Benchmark
    public byte[] decodeAndEncode() throws Exception {
        return codec.encode(codec.decode(foresporsel).bundle(), EncodingPreferences.defaults());
    }
}
