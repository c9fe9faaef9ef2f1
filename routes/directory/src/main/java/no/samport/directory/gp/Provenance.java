package no.samport.directory.gp;

import java.time.Instant;

/**
 * Where a record came from: the source's id (e.g. {@code flr}, {@code kommune}, {@code helfo}) and when the source
 * recorded it. Every list record carries one (GP-LISTS.md §8).
 */
public record Provenance(String source, Instant sourceTime) {

    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A change must name its source");
        }
        if (sourceTime == null) {
            throw new IllegalArgumentException("A change must say when its source recorded it");
        }
        source = source.strip();
    }
}
