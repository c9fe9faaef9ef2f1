package no.samport.kith.internal.hcp;

/**
 * The two element orders of the KITH HCP class (trap 6): AppRec {@code Inst = Name?, Id?, TypeId?, Dept*,
 * AdditionalId*, HCPerson*}, {@code HCProf = Type?, Name?, Id?, TypeId?, AdditionalId*}, {@code MedSpeciality};
 * Epikrise {@code Inst = Name?, Id?, TypeId?, Dept*, HCPerson*, AdditionalId*}, {@code HCProf = Type?, Position?,
 * Name?, Qual*, Id?, TypeId?, AdditionalId*}, {@code MedSpecialty}.
 */
public enum HcpLayout {
    APPREC("MedSpeciality", false),
    EPIKRISE("MedSpecialty", true);

    private final String medSpecialty;
    private final boolean epikrise;

    HcpLayout(String medSpecialty, boolean epikrise) {
        this.medSpecialty = medSpecialty;
        this.epikrise = epikrise;
    }

    /** The element name of the medical specialty (spelled differently in the two standards). */
    public String medSpecialty() {
        return medSpecialty;
    }

    /** Whether HCProf has Position and Qual and Inst lists its persons before its additional ids. */
    public boolean isEpikrise() {
        return epikrise;
    }
}
