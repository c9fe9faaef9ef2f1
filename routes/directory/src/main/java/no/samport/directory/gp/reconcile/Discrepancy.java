package no.samport.directory.gp.reconcile;

import java.time.Instant;
import java.util.List;

/**
 * Sources disagreeing about one figure (GP-LISTS.md §8): every source's value with when it reported it, Samport's own
 * count when it can compute one, and the value that wins by the configured precedence.
 *
 * @param subject        what the figure is about: {@code municipality:<nr>}, {@code contract:<id>}, {@code office:<orgnr>}
 * @param metric         which figure, e.g. listed, leavers, waiting
 * @param period         the period it covers, e.g. 2019-03
 * @param values         each source's value, in precedence order
 * @param samportValue   Samport's count from the lists it holds (current month only), or null
 * @param acceptedSource the source whose value wins
 * @param acceptedValue  that value
 */
public record Discrepancy(String subject, String metric, String period, List<SourceValue> values, Long samportValue,
                          String acceptedSource, long acceptedValue) {

    /** One source's value. */
    public record SourceValue(String source, long value, Instant reportedAt) {
    }
}
