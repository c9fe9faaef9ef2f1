package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One municipal merger: {@code samport.gp-lists.municipality-mergers.<new kommunenummer>.*} (GL-19).
 */
public class MergerProperties {

    /** The kommunenummer of the municipalities merged into the new one, e.g. ["5091", "5092"]. */
    private List<String> from = new ArrayList<>();

    /** The day the merger takes effect (e.g. 2020-01-01): data recorded from that day with an old number is mapped. */
    private LocalDate effective;

    public List<String> getFrom() {
        return from;
    }

    public void setFrom(List<String> from) {
        this.from = from;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }
}
