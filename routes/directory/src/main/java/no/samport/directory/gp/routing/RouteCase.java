package no.samport.directory.gp.routing;

/** Why a message for "the patient's GP" went where it went; written to the message's status history. */
public enum RouteCase {
    /** The list has one fastlege, reachable by the doctor's own HER-id. */
    FASTLEGE("fastlege"),
    /** The list has one fastlege without a reachable HER-id of their own: the office receives for them. */
    FASTLEGE_VIA_OFFICE("fastlege-via-office"),
    /** The list has no fastlege and one vikar. */
    VIKAR("vikar"),
    /** The list has no fastlege and one vikar without a reachable HER-id: the office receives for them. */
    VIKAR_VIA_OFFICE("vikar-via-office"),
    /** Several doctors share the list (delelege, rota): the office, never one doctor's personal queue. */
    SHARED_LIST_OFFICE("shared-list-office"),
    /** No fastlege and several vikarer: the office. */
    SEVERAL_VIKARS_OFFICE("several-vikars-office"),
    /** No doctor at all on the list: the municipality's configured fallback, flagged legeløs-liste. */
    NO_DOCTOR_FALLBACK("legeløs-liste");

    private final String label;

    RouteCase(String label) {
        this.label = label;
    }

    /** The label used in status histories and statistics. */
    public String label() {
        return label;
    }
}
