package no.samport.kith.pasientliste;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * A GP list in Samport's FHIR model (a {@code Group} with its members' {@code Patient}s, docs/mapping/gp-lists.md) as a
 * HIS 1023 Pasientliste for a month. Assumptions, since the HIS 1023 code lists are not in Samport's references:
 * Endringskode carries the Fastlegeregisteret begin code (7754) of a membership that began that month, Avgangsarsak
 * the end code (7753) of one that ended that month, and NAVkontor the patient's home municipality when no NAV office
 * was received.
 */
public final class PasientlisteFhir {

    private PasientlisteFhir() {
    }

    /**
     * @param changesOnly only the members whose membership began or ended in the month (a list of changes)
     */
    public static Pasientliste fromGroup(Bundle bundle, Group group, YearMonth month, boolean changesOnly) {
        String municipality = code(group.getExtensionByUrl(GpListConventions.EXT_MUNICIPALITY));
        Optional<GroupDoctors.Holder> holder = GroupDoctors.holder(bundle, group, month);
        Map<String, Resource> resources = index(bundle);
        List<Pasientliste.Pasient> patients = new ArrayList<>(group.getMember().size());
        for (Group.GroupMemberComponent member : group.getMember()) {
            LocalDate from = day(member.getPeriod().getStartElement().getValueAsString());
            LocalDate to = member.getPeriod().hasEnd() ? day(member.getPeriod().getEndElement().getValueAsString())
                    : null;
            boolean began = from != null && YearMonth.from(from).equals(month);
            boolean ended = to != null && YearMonth.from(to).equals(month);
            if (changesOnly && !began && !ended) {
                continue;
            }
            Resource entity = resources.get(member.getEntity().getReference());
            if (!(entity instanceof Patient patient)) {
                continue;
            }
            String nav = member.getExtensionByUrl(GpListConventions.EXT_NAV_OFFICE) != null
                    ? ((StringType) member.getExtensionByUrl(GpListConventions.EXT_NAV_OFFICE).getValue()).getValue()
                    : Optional.ofNullable(code(member.getExtensionByUrl(GpListConventions.EXT_HOME_MUNICIPALITY)))
                    .orElse(municipality);
            patients.add(new Pasientliste.Pasient(from, to,
                    began ? code(member.getExtensionByUrl(GpListConventions.EXT_BEGIN_CODE)) : null,
                    ended ? code(member.getExtensionByUrl(GpListConventions.EXT_END_CODE)) : null, nav, null,
                    person(patient)));
        }
        String contractId = group.getIdentifier().stream()
                .filter(i -> GpListConventions.CONTRACT_ID.equals(i.getSystem())).map(i -> i.getValue())
                .findFirst().orElse(null);
        return new Pasientliste(holder.isPresent() ? Pasientliste.WITH_DOCTOR : Pasientliste.WITHOUT_DOCTOR, month,
                holder.map(GroupDoctors.Holder::nin).orElse(null), holder.isPresent() ? null : contractId,
                holder.map(GroupDoctors.Holder::name).orElse(null), municipality, null, Pasientliste.STRUCTURED,
                patients);
    }

    static Pasientliste.Person person(Patient patient) {
        String fnr = PartyResources.identifier(patient.getIdentifier(), Systems.FNR);
        String dnr = PartyResources.identifier(patient.getIdentifier(), Systems.DNR);
        HumanName name = patient.hasName() ? patient.getNameFirstRep() : new HumanName();
        String sex = !patient.hasGender() ? null : switch (patient.getGender()) {
            case MALE -> "1";
            case FEMALE -> "2";
            case UNKNOWN -> "0";
            default -> "9";
        };
        return new Pasientliste.Person(name.getFamily(), null, name.hasGiven() ? name.getGivenAsSingleString() : null,
                patient.hasBirthDate() ? day(patient.getBirthDateElement().getValueAsString()) : null, sex,
                fnr != null ? fnr : dnr, fnr != null ? "FNR" : dnr != null ? "DNR" : null);
    }

    private static Map<String, Resource> index(Bundle bundle) {
        Map<String, Resource> byFullUrl = new HashMap<>();
        bundle.getEntry().forEach(e -> byFullUrl.put(e.getFullUrl(), e.getResource()));
        return byFullUrl;
    }

    private static String code(Extension extension) {
        return extension != null && extension.getValue() instanceof Coding coding ? coding.getCode() : null;
    }

    private static LocalDate day(String value) {
        return value == null ? null : LocalDate.parse(value.substring(0, 10));
    }
}
