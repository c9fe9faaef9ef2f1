package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Puts synthetic persons on GP lists through the change API, for the routing ITs (GL-10, GL-15, GL-23 ...). */
final class GpListings {

    static final LocalDate LONG_AGO = LocalDate.of(2016, 1, 1);

    private GpListings() {
    }

    static Doctor doctor(String hpr, String name, String herId, DoctorRelationship relationship, LocalDate from,
                         LocalDate to) {
        return new Doctor(hpr, name, herId, null, relationship, null, new Period(from, to));
    }

    /** Puts the person on a new contract at the office from {@code from}; returns the contract id. */
    static String listed(TestRestTemplate http, ListedPatient person, GpOffice office, LocalDate from,
                         Doctor... doctors) {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, office, 1500, kommune("2024-01-01T08:00:00Z"), doctors);
        assertThat(GpTestData.outcome(change(http, GpChangeMessages.contract(contract, id + "-c")))).isEqualTo("applied");
        assertThat(GpTestData.outcome(change(http, GpChangeMessages.joined(contract, person, from, "OTOB",
                kommune(from + "T08:00:00Z"), id + "-j")))).isEqualTo("applied");
        return id;
    }
}
