package no.samport.policy.rule;

/**
 * Where a rule comes from: a document and its lines (a seed document, an agreement, a regulation or a plan), or a
 * decision of the rule set's owner, with the key phrase that carries the obligation.
 *
 * @param document the document, e.g. {@code 001_a566af941c37529c.txt} (Helse Nord RHF, NFA appendix)
 * @param lines    the lines in it, e.g. {@code 7886-7890}, or null
 * @param quote    the key phrase, in the source's language, or null
 */
public record SourceRef(String document, String lines, String quote) {

    /** "document:lines", the form the docs cite. */
    public String citation() {
        return lines == null ? document : document + ":" + lines;
    }
}
