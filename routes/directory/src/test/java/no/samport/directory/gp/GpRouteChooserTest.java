package no.samport.directory.gp;

import static no.samport.directory.gp.TestContracts.delelege;
import static no.samport.directory.gp.TestContracts.fastlege;
import static no.samport.directory.gp.TestContracts.open;
import static no.samport.directory.gp.TestContracts.vikar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import no.samport.directory.gp.routing.GpRoute;
import no.samport.directory.gp.routing.GpRouteChooser;
import no.samport.directory.gp.routing.GpRouting;
import no.samport.directory.gp.routing.RouteCase;
import org.junit.jupiter.api.Test;

class GpRouteChooserTest {

    private static final LocalDate SENT = LocalDate.of(2024, 6, 3);
    private static final LocalDate LONG_AGO = LocalDate.of(2012, 1, 1);
    private static final Predicate<String> KNOWN = Set.of("8300200", "8300201", "8300202", "8300100")::contains;

    private static GpRoute routed(GpContract contract, LocalDate day, String fallback) {
        GpRouting.Result result = GpRouteChooser.choose(contract, day, fallback, KNOWN);
        assertThat(result.route()).as(result.explanation()).isPresent();
        return result.route().get();
    }

    @Test
    void goesToTheFastlegeByTheDoctorsOwnHerId() {
        GpRoute route = routed(open("C1", 1100, fastlege("9100001", "8300201", LONG_AGO, null)), SENT, null);

        assertThat(route.herId()).isEqualTo("8300201");
        assertThat(route.routeCase()).isEqualTo(RouteCase.FASTLEGE);
        assertThat(route.receiver().person().hprNumber()).isEqualTo("9100001");
        assertThat(route.explanation()).contains("contract C1").contains("[fastlege]");
    }

    @Test
    void goesToTheVikarWhenTheListHasNoFastlege() {
        // GL-07: a vacant contract served by a locum
        GpContract vacant = open("C2", 1000, fastlege("9100001", "8300201", LONG_AGO, LocalDate.of(2023, 1, 31)),
                vikar("9100002", "8300202", LocalDate.of(2023, 2, 1), null));

        GpRoute route = routed(vacant, SENT, null);

        assertThat(route.herId()).isEqualTo("8300202");
        assertThat(route.routeCase()).isEqualTo(RouteCase.VIKAR);
    }

    @Test
    void followsTheListAtSendTimeNotAtAdmission() {
        // GL-15: admitted 2019-03-01 with GP A, whose contract ends 2019-03-15; discharged 2019-03-20
        GpContract list = open("C3", 1000, fastlege("9100001", "8300201", LONG_AGO, LocalDate.of(2019, 3, 15)),
                vikar("9100002", "8300202", LocalDate.of(2019, 3, 16), null));

        assertThat(routed(list, LocalDate.of(2019, 3, 1), null).herId()).isEqualTo("8300201");
        assertThat(routed(list, LocalDate.of(2019, 3, 20), null).herId()).isEqualTo("8300202");
    }

    @Test
    void aSharedListGoesToTheOfficeNeverToOneDoctorsPersonalQueue() {
        // GL-17: three rotating doctors on one list
        GpContract shared = open("C4", 2400, delelege("9100011", "8300201", LONG_AGO),
                delelege("9100012", "8300202", LONG_AGO), delelege("9100013", null, LONG_AGO));

        GpRoute route = routed(shared, SENT, null);

        assertThat(route.herId()).isEqualTo("8300200");
        assertThat(route.routeCase()).isEqualTo(RouteCase.SHARED_LIST_OFFICE);
        assertThat(route.receiver().person()).isNull();
    }

    @Test
    void severalVikarsOnAListWithoutFastlegeMeanTheOffice() {
        GpContract list = open("C5", 1000, vikar("9100002", "8300202", LONG_AGO, null),
                vikar("9100003", null, LONG_AGO, null));

        assertThat(routed(list, SENT, null).routeCase()).isEqualTo(RouteCase.SEVERAL_VIKARS_OFFICE);
    }

    @Test
    void aListWithoutAnyDoctorGoesToTheMunicipalitysFallbackFlaggedLegelos() {
        // GL-16: one of the lists without a GP and without a vikar
        GpContract noDoctor = open("C6", 900, fastlege("9100001", "8300201", LONG_AGO, LocalDate.of(2024, 1, 31)));

        GpRoute route = routed(noDoctor, SENT, "8300100");

        assertThat(route.herId()).isEqualTo("8300100");
        assertThat(route.routeCase()).isEqualTo(RouteCase.NO_DOCTOR_FALLBACK);
        assertThat(route.explanation()).contains("legeløs-liste");
    }

    @Test
    void aListWithoutDoctorOrFallbackIsRefusedNamingTheKeyToSet() {
        GpContract noDoctor = open("C7", 900);

        GpRouting.Result result = GpRouteChooser.choose(noDoctor, SENT, null, KNOWN);

        assertThat(result.route()).isEmpty();
        assertThat(result.explanation()).contains("legeløs-liste")
                .contains("samport.gp-lists.municipalities.5099.fallback-her-id");
    }

    @Test
    void aFastlegeWithoutAReachableHerIdIsReachedThroughTheOffice() {
        GpRoute route = routed(open("C8", 1100, fastlege("9100001", "7777777", LONG_AGO, null)), SENT, null);

        assertThat(route.herId()).isEqualTo("8300200");
        assertThat(route.routeCase()).isEqualTo(RouteCase.FASTLEGE_VIA_OFFICE);
        assertThat(route.receiver().person().hprNumber()).as("the doctor stays the clinical addressee")
                .isEqualTo("9100001");
        assertThat(route.receiver().person().herId()).isNull();
    }
}
