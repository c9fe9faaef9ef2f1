package no.samport.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock in the gateway ITs: the system clock, which a test may move to another instant (time then
 * runs on from there) and must put back. Only the application's decisions follow it; the broker and the database keep
 * their own time.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the ITs' clock stays in UTC, like the application's");
    }

    /** Registers the clock in the shared IT context, in place of the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
