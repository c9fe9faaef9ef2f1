package no.samport.kith.internal.epikrise;

import java.util.List;
import java.util.Locale;
import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Composition.SectionComponent;

/**
 * The Composition sections of an epikrise, each marked with what it holds ({@link EpikriseExtensions#SECTION}), in
 * the order of the KITH elements: the referrals, then one section per Event with sub-sections for its nested Events,
 * InfItems, Comments and CodedComments.
 */
final class Sections {

    /** What a section holds. */
    enum Kind {
        SERV_REQ, EVENT, INF_ITEM, COMMENT, CODED_COMMENT;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private Sections() {
    }

    /** A new section of a kind, with a title for people (may be null). */
    static SectionComponent of(Kind kind, String title) {
        SectionComponent section = new SectionComponent().setTitle(title);
        section.addExtension(EpikriseExtensions.SECTION, new CodeType(kind.code()));
        return section;
    }

    /** The sections of a kind among these, in order. */
    static List<SectionComponent> ofKind(List<SectionComponent> sections, Kind kind) {
        return sections.stream().filter(s -> kind.code().equals(ExtensionValues.string(s, EpikriseExtensions.SECTION)))
                .toList();
    }
}
