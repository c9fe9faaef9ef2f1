package no.samport.kith.internal.dialog;

import static no.samport.kith.KithExtensions.ACTOR;
import static no.samport.kith.KithExtensions.KONTAKTENHET;
import static no.samport.kith.KithExtensions.MERKNAD;
import static no.samport.kith.KithExtensions.ROLE_TO_PATIENT;
import static no.samport.kith.KithExtensions.ROLLE_NOTAT;
import static no.samport.kith.KithExtensions.TILKNYTTET_ENHET;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.HealthcareProfessionalConverter;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes the {@link KithExtensions#ROLLER_RELATERT_NOTAT} extensions of a Communication as {@code RollerRelatertNotat}
 * (RolleNotat?, RoleToPatient?, TilknyttetEnhet? in 1.1, then {@code HealthcareProfessional} or {@code Person},
 * which 1.0 requires).
 */
final class RollerRelatertNotatWriter {

    private RollerRelatertNotatWriter() {
    }

    static void writeAll(KithXmlWriter out, Bundle bundle, DialogmeldingVersion version, Communication communication)
            throws MessageRejectedException {
        String ns = version.namespace();
        for (Extension roller : communication.getExtensionsByUrl(KithExtensions.ROLLER_RELATERT_NOTAT)) {
            Resource actor = actor(bundle, roller);
            if (actor == null && !version.isV1_1()) {
                throw new MessageRejectedException(AppRecError.T99, "Cannot write RollerRelatertNotat in "
                        + version.format() + ": it names neither a HealthcareProfessional nor a Person");
            }
            out.start(ns, "RollerRelatertNotat");
            CodedValue.writeCv(out, ns, "RolleNotat", ExtensionValues.concept(roller, ROLLE_NOTAT));
            CodedValue.writeCv(out, ns, "RoleToPatient", ExtensionValues.concept(roller, ROLE_TO_PATIENT));
            Extension tilknyttetEnhet = roller.getExtensionByUrl(TILKNYTTET_ENHET);
            if (tilknyttetEnhet != null && version.isV1_1()) {
                out.start(ns, "TilknyttetEnhet");
                OrganisationConverter.write(out, bundle, ExtensionValues.reference(tilknyttetEnhet, KONTAKTENHET),
                        OrganisationConverter.Layout.FK1, ns, "Kontaktenhet");
                out.text(ns, "Merknad", ExtensionValues.string(tilknyttetEnhet, MERKNAD));
                writeActor(out, bundle, version, actor(bundle, tilknyttetEnhet));
                out.end();
            }
            writeActor(out, bundle, version, actor);
            out.end();
        }
    }

    private static Resource actor(Bundle bundle, Extension holder) {
        Reference reference = ExtensionValues.reference(holder, ACTOR);
        return reference == null ? null : Bundles.resolve(bundle, reference).orElse(null);
    }

    private static void writeActor(KithXmlWriter out, Bundle bundle, DialogmeldingVersion version, Resource actor)
            throws MessageRejectedException {
        if (actor instanceof PractitionerRole || actor instanceof Practitioner) {
            HealthcareProfessionalConverter.write(out, bundle, actor, version.professionalLayout(), false);
        } else if (actor instanceof DomainResource person) {
            out.start(version.namespace(), "Person");
            PersonConverter.write(out, person, version.personLayout());
            out.end();
        }
    }
}
