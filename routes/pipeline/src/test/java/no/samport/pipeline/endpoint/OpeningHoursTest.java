package no.samport.pipeline.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final OpeningHours WEEKDAYS = OpeningHours.parse("Mon-Fri 08:00-15:30", List.of(),
            OpeningHours.OSLO);

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OpeningHours.OSLO).toInstant();
    }

    @Test
    void aNightMessageOnATuesdayWaitsUntilEightTheSameMorning() {
        assertThat(WEEKDAYS.nextOpening(oslo("2026-03-10T02:00"))).isEqualTo(oslo("2026-03-10T08:00"));
        assertThat(WEEKDAYS.isOpen(oslo("2026-03-10T02:00"))).isFalse();
    }

    @Test
    void withinOpeningHoursTheOfficeIsOpenNow() {
        Instant now = oslo("2026-03-10T11:17");
        assertThat(WEEKDAYS.nextOpening(now)).isEqualTo(now);
        assertThat(WEEKDAYS.isOpen(now)).isTrue();
    }

    @Test
    void theOfficeIsClosedFromTheClosingMinute() {
        assertThat(WEEKDAYS.isOpen(oslo("2026-03-10T15:29"))).isTrue();
        assertThat(WEEKDAYS.nextOpening(oslo("2026-03-10T15:30"))).isEqualTo(oslo("2026-03-11T08:00"));
    }

    @Test
    void aFridayEveningMessageWaitsOverTheWeekendUntilMonday() {
        assertThat(WEEKDAYS.nextOpening(oslo("2026-03-13T16:00"))).isEqualTo(oslo("2026-03-16T08:00"));
        assertThat(WEEKDAYS.nextOpening(oslo("2026-03-15T02:00"))).isEqualTo(oslo("2026-03-16T08:00"));
    }

    @Test
    void theOpeningFollowsLocalTimeOverTheSpringDaylightSavingChange() {
        // 2026-03-29 02:00 CET becomes 03:00 CEST: Monday 08:00 is 06:00 UTC, not 07:00
        assertThat(WEEKDAYS.nextOpening(oslo("2026-03-28T02:00"))).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void theOpeningFollowsLocalTimeOverTheAutumnDaylightSavingChange() {
        // 2026-10-25 03:00 CEST becomes 02:00 CET: Monday 08:00 is 07:00 UTC
        assertThat(WEEKDAYS.nextOpening(oslo("2026-10-24T02:00"))).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
    }

    @Test
    void anOpeningInsideTheSpringGapMovesForwardByTheGap() {
        OpeningHours night = OpeningHours.parse("Sun 02:30-04:00", List.of(), OpeningHours.OSLO);

        assertThat(night.nextOpening(oslo("2026-03-29T00:30"))).isEqualTo(oslo("2026-03-29T03:30"))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aClosedDateIsSkippedLikeAWeekend() {
        // Christmas Eve 2026 is a Thursday; the office's own list says it is closed
        OpeningHours hours = OpeningHours.parse("Mon-Fri 08:00-15:30",
                List.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")), OpeningHours.OSLO);

        assertThat(hours.nextOpening(oslo("2026-12-23T20:00"))).isEqualTo(oslo("2026-12-28T08:00"));
    }

    @Test
    void differentHoursOnDifferentDaysAndTwoWindowsInADay() {
        OpeningHours hours = OpeningHours.parse("Mon-Thu 08:00-11:30; Mon-Thu 12:00-15:30, Fri 08:00-14:00",
                List.of(), OpeningHours.OSLO);

        assertThat(hours.nextOpening(oslo("2026-03-10T11:45"))).isEqualTo(oslo("2026-03-10T12:00"));
        assertThat(hours.nextOpening(oslo("2026-03-13T14:30"))).isEqualTo(oslo("2026-03-16T08:00"));
        assertThat(hours.isOpen(oslo("2026-03-13T13:59"))).isTrue();
    }

    @Test
    void aRuleThatIsNotLikeTheExampleIsRefusedWithTheExample() {
        assertThatThrownBy(() -> OpeningHours.parse("mandag-fredag 8-15", List.of(), OpeningHours.OSLO))
                .hasMessageContaining("'mandag-fredag 8-15' is not a rule like 'Mon-Fri 08:00-15:30'");
        assertThatThrownBy(() -> OpeningHours.parse("Fri-Mon 08:00-15:30", List.of(), OpeningHours.OSLO))
                .hasMessageContaining("the days run backwards");
        assertThatThrownBy(() -> OpeningHours.parse("Mon-Fri 15:30-08:00", List.of(), OpeningHours.OSLO))
                .hasMessageContaining("must close after it opens");
        assertThatThrownBy(() -> OpeningHours.parse("Mon-Fri 08:00-25:00", List.of(), OpeningHours.OSLO))
                .hasMessageContaining("25:00 is not a time of day");
    }
}
