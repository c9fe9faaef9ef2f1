package no.samport.directory.gp.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** List dates are Norwegian calendar days. */
public final class GpTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private GpTime() {
    }

    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
