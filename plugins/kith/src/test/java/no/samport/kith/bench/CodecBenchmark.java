package no.samport.kith.bench;

import java.nio.charset.StandardCharsets;
import java.util.Set;
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

/**
 * Decode, encode and both of one fixture per run, single-threaded; a family's benchmark names its fixtures as the
 * {@code fixture} parameter. The receiver reads the format the message came in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class CodecBenchmark {

    private final KithCodec codec = new KithCodec();
    private byte[] message;
    private Bundle decoded;
    private EncodingPreferences sameFormat;

    /** The fixture scenario path (the subclass's {@code @Param}). */
    protected abstract String fixture();

    @Setup
    public void load() throws Exception {
        message = Fixtures.bytes(fixture());
        DecodedMessage first = codec.decode(message);
        decoded = first.bundle();
        sameFormat = new EncodingPreferences(Set.of(first.format()), StandardCharsets.UTF_8);
    }

    @Benchmark
    public DecodedMessage decode() throws Exception {
        return codec.decode(message);
    }

    @Benchmark
    public byte[] encode() throws Exception {
        return codec.encode(decoded, sameFormat);
    }

    @Benchmark
    public byte[] decodeAndEncode() throws Exception {
        return codec.encode(codec.decode(message).bundle(), sameFormat);
    }
}
