package no.samport.directory.gp.fhir;

import no.samport.directory.gp.GpOffice;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;

/** A GP office as an {@code Organization}: organisasjonsnummer, HER-id, name, municipality on address.district. */
public final class OfficeMapper {

    private OfficeMapper() {
    }

    public static Organization toFhir(GpOffice office) {
        Organization organization = new Organization();
        organization.addIdentifier(GpCodings.identifier(Systems.ENH, office.orgNr()));
        if (office.herId() != null) {
            organization.addIdentifier(GpCodings.identifier(Systems.HER, office.herId()));
        }
        organization.setName(office.name());
        organization.addAddress().getDistrictElement().addExtension(GpListConventions.NO_BASIS_MUNICIPALITY_CODE,
                GpCodings.municipality(office.municipality()));
        return organization;
    }

    /** Reads an office; its municipality defaults to {@code contractMunicipality} when the address does not say. */
    public static GpOffice fromFhir(Organization organization, String contractMunicipality, String where) {
        String orgNr = GpCodings.identifier(organization.getIdentifier(), Systems.ENH).orElseThrow(() ->
                new InvalidGpDataException(where + ".identifier has no organisasjonsnummer (" + Systems.ENH + ")"));
        if (!orgNr.matches("\\d{9}")) {
            throw new InvalidGpDataException(where + ".identifier: organisasjonsnummer '" + orgNr + "' is not 9 digits");
        }
        if (!organization.hasName()) {
            throw new InvalidGpDataException(where + ".name is missing");
        }
        String municipality = organization.getAddress().stream()
                .map(a -> a.getDistrictElement().getExtensionByUrl(GpListConventions.NO_BASIS_MUNICIPALITY_CODE))
                .filter(e -> e != null)
                .map(Extension::getValue)
                .map(v -> GpCodings.code(v).orElse(null))
                .filter(c -> c != null)
                .findFirst().orElse(contractMunicipality);
        return new GpOffice(orgNr, GpCodings.identifier(organization.getIdentifier(), Systems.HER).orElse(null),
                organization.getName(), municipality);
    }
}
