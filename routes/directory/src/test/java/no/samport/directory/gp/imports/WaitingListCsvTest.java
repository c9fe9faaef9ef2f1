package no.samport.directory.gp.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.fhir.InvalidGpDataException;
import no.samport.directory.gp.waiting.WaitingGroup;
import org.junit.jupiter.api.Test;

class WaitingListCsvTest {

    private static final String HEADER = "entry_id;fodselsnummer;family_name;given_name;municipality;contract_id;group;"
            + "joined_at;action";
    private static final String NIN = "01818012337";
    private final WaitingListCsv csv = new WaitingListCsv(HEADER, "kommune",
            contract -> Optional.ofNullable(Map.of("GRM-007", "4202").get(contract)));

    @Test
    void readsAPlaceOnTheMunicipalListWithItsGroupAndJoinTime() {
        ChangeEnvelope change = csv.read("V-1;" + NIN + ";Berg;Kari;5001;;no-gp;2023-11-02;add", 2);

        GpChange.WaitingAdded added = (GpChange.WaitingAdded) change.change();
        assertThat(change.changeId()).isEqualTo("V-1:add");
        assertThat(change.provenance().source()).isEqualTo("kommune");
        assertThat(added.entry().municipality()).isEqualTo("5001");
        assertThat(added.entry().targetContractId()).isNull();
        assertThat(added.entry().group()).isEqualTo(WaitingGroup.NO_GP);
        assertThat(added.entry().joinedAt()).isEqualTo(Instant.parse("2023-11-01T23:00:00Z"));
    }

    @Test
    void aPlaceInAGpsQueueBelongsToTheMunicipalityOfThatGpsContract() {
        ChangeEnvelope change = csv.read("V-2;" + NIN + ";;;;GRM-007;;2024-01-10T09:30:00+01:00;", 3);

        GpChange.WaitingAdded added = (GpChange.WaitingAdded) change.change();
        assertThat(added.entry().targetContractId()).isEqualTo("GRM-007");
        assertThat(added.entry().municipality()).isEqualTo("4202");
    }

    @Test
    void aWrongFodselsnummerIsReportedByLineWithoutTheNumber() {
        assertThatThrownBy(() -> csv.read("V-3;01818012338;Berg;Kari;5001;;;2023-11-02;add", 7))
                .isInstanceOf(InvalidGpDataException.class)
                .hasMessageContaining("line 7, fodselsnummer")
                .hasMessageNotContaining("01818012338");
    }

    @Test
    void anUnknownContractAndAnUnknownGroupAreReportedByLine() {
        assertThatThrownBy(() -> csv.read("V-4;" + NIN + ";;;;GRM-999;;2023-11-02;add", 4))
                .hasMessageContaining("line 4, contract_id: contract GRM-999 is not known");
        assertThatThrownBy(() -> csv.read("V-5;" + NIN + ";;;5001;;students;2023-11-02;add", 5))
                .hasMessageContaining("line 5, group: 'students'");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        assertThatThrownBy(() -> new WaitingListCsv("id;fnr;joined", "kommune", c -> Optional.empty()))
                .hasMessageContaining("line 1").hasMessageContaining("entry_id");
    }

    @Test
    void aWithdrawalIsAChangeOfItsOwnForTheSameEntry() {
        ChangeEnvelope withdraw = csv.read("V-1;" + NIN + ";;;5001;;;2023-11-02;withdraw", 9);

        assertThat(withdraw.changeId()).isEqualTo("V-1:withdraw");
        assertThat(((GpChange.WaitingWithdrawn) withdraw.change()).externalId()).isEqualTo("V-1");
    }

    @Test
    void theSameLineReadTwiceHasTheSameFingerprint() {
        String line = "V-6;" + NIN + ";Berg;Kari;5001;;;2023-11-02;add";

        assertThat(csv.read(line, 2).fingerprint()).isEqualTo(csv.read(line, 2).fingerprint());
        assertThat(csv.read(line, 2).fingerprint()).isNotEqualTo(csv.read(line.replace("Kari", "Kai"), 2).fingerprint());
    }
}
