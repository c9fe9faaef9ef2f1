package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnlistedHoldTest {

    private static final Instant HELD = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void withoutADurationNoMessageWaits() {
        UnlistedHold off = new UnlistedHold(null, Set.of());

        assertThat(off.enabled()).isFalse();
        assertThat(off.until("DIALOG_NOTAT", HELD, HELD)).isEmpty();
        assertThat(new UnlistedHold(Duration.ZERO, Set.of()).enabled()).isFalse();
    }

    @Test
    void aMessageWaitsForTheConfiguredTimeCountedFromWhenItFirstWaited() {
        UnlistedHold hold = new UnlistedHold(Duration.ofDays(30), Set.of());

        assertThat(hold.until("DIALOG_NOTAT", HELD, HELD)).contains(Instant.parse("2026-12-20T12:00:00Z"));
        assertThat(hold.until("DIALOG_FORESPORSEL", HELD, HELD.plus(Duration.ofDays(29))))
                .contains(Instant.parse("2026-12-20T12:00:00Z"));
    }

    @Test
    void aMessageWhoseWaitHasRunOutWaitsNoLonger() {
        UnlistedHold hold = new UnlistedHold(Duration.ofDays(30), Set.of());

        assertThat(hold.until("DIALOG_NOTAT", HELD, Instant.parse("2026-12-20T12:00:00Z"))).isEmpty();
    }

    @Test
    void onlyTheConfiguredMessageTypesWait() {
        UnlistedHold hold = new UnlistedHold(Duration.ofDays(30), Set.of("DIALOG_NOTAT"));

        assertThat(hold.until("DIALOG_NOTAT", HELD, HELD)).isPresent();
        assertThat(hold.until("DIALOG_FORESPORSEL", HELD, HELD)).isEmpty();
    }

    @Test
    void theWaitingNoteSaysWhyAndUntilWhen() {
        assertThat(UnlistedHold.waitingNote("addressed to HER-id 8300999", Instant.parse("2026-12-20T12:00:00Z")))
                .isEqualTo("addressed to HER-id 8300999: waiting for the patient to be placed on a GP list, until"
                        + " 2026-12-20T12:00:00Z (samport.gp-lists.hold-unlisted-for)");
    }
}
