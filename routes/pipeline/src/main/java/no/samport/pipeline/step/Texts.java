package no.samport.pipeline.step;

/** Small text helpers for status details. */
final class Texts {

    private Texts() {
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "(no detail)";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
