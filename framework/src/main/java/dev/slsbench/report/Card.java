package dev.slsbench.report;

/**
 * One headline figure of the summary.
 *
 * @param label what the figure is
 * @param value the figure, formatted
 * @param detail what it refers to or how it was obtained
 * @param json the JSON Pointer of the figure in results.json, or {@code null} when derived
 * @param rawValue the exact value when {@code json} is set
 * @param css {@code good}, {@code bad} or {@code null}
 */
record Card(String label, String value, String detail, String json, String rawValue, String css) {

    static Card derived(String label, String value, String detail) {
        return new Card(label, value, detail, null, null, null);
    }

    static Card measured(String label, String value, String detail, String json, String rawValue) {
        return new Card(label, value, detail, json, rawValue, null);
    }

    static Card missing(String label, String why) {
        return new Card(label, Formats.NONE, why, null, null, "missing");
    }
}
