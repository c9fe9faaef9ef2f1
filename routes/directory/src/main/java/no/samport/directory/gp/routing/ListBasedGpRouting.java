package no.samport.directory.gp.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.samport.directory.Directory;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.jdbc.JdbcGpContracts;
import no.samport.directory.gp.jdbc.JdbcMemberships;
import no.samport.directory.gp.service.GpTime;

/** "The patient's GP" from the GP lists Samport holds, at send time, delivered to parties in the directory. */
public final class ListBasedGpRouting implements GpRouting {

    private final JdbcMemberships memberships;
    private final JdbcGpContracts contracts;
    private final Directory directory;
    private final MunicipalitySettings municipalities;

    public ListBasedGpRouting(JdbcMemberships memberships, JdbcGpContracts contracts, Directory directory,
                              MunicipalitySettings municipalities) {
        this.memberships = memberships;
        this.contracts = contracts;
        this.directory = directory;
        this.municipalities = municipalities;
    }

    @Override
    public Result route(String patientNin, Instant sendTime) {
        LocalDate day = GpTime.day(sendTime);
        Optional<Membership> membership = memberships.activeOn(patientNin, day);
        if (membership.isEmpty()) {
            return Result.onNoList("on " + day + " the patient is on no GP list Samport holds");
        }
        Optional<GpContract> contract = contracts.find(membership.get().contractId());
        if (contract.isEmpty()) {
            return Result.refused("the patient's list (contract " + membership.get().contractId() + ") is unknown");
        }
        String fallback = municipalities.of(contract.get().municipality()).getFallbackHerId();
        return GpRouteChooser.choose(contract.get(), day, fallback, herId -> directory.findByHerId(herId).isPresent());
    }
}
