package dev.slsbench.report;

/**
 * Writes one inline {@code <svg>} element as text: an accessible root ({@code role="img"}, a
 * {@code <title>} and {@code <desc>} it is labelled by) and the few shapes the charts draw.
 * Coordinates are written with one decimal at most, which is finer than a screen pixel at the
 * charts' sizes and keeps pages with many series small. Text and attribute values are escaped,
 * so the output is well-formed XML as well as HTML.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Starts an {@code <svg>} of {@code width × height} user units that scales to its container.
     *
     * @param id unique in the page; the title and description get {@code id-title} and {@code id-desc}
     * @param title the chart's accessible name
     * @param description what it shows, in a sentence or two, for screen readers
     */
    Svg(String id, double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
                .append("\" class=\"chart\" viewBox=\"0 0 ");
        num(width).append(' ');
        num(height).append("\" width=\"");
        num(width).append("\" height=\"");
        num(height).append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"")
                .append(" font-size=\"12\"><title id=\"").append(escape(id)).append("-title\">").append(escape(title))
                .append("</title><desc id=\"").append(escape(id)).append("-desc\">").append(escape(description))
                .append("</desc>");
    }

    /** A straight line. */
    Svg line(double x1, double y1, double x2, double y2, String stroke, String extraAttributes) {
        out.append("<line x1=\"");
        num(x1).append("\" y1=\"");
        num(y1).append("\" x2=\"");
        num(x2).append("\" y2=\"");
        num(y2).append("\" stroke=\"").append(stroke).append('"');
        attributes(extraAttributes).append("/>");
        return this;
    }

    /** A text label; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    Svg text(double x, double y, String anchor, String text, String extraAttributes) {
        out.append("<text x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" text-anchor=\"").append(anchor).append('"');
        attributes(extraAttributes).append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** A path with path data from {@link PathData}. */
    Svg path(PathData d, String extraAttributes) {
        out.append("<path d=\"").append(d).append('"');
        attributes(extraAttributes).append("/>");
        return this;
    }

    /** A circle. */
    Svg circle(double cx, double cy, double r, String extraAttributes) {
        out.append("<circle cx=\"");
        num(cx).append("\" cy=\"");
        num(cy).append("\" r=\"");
        num(r).append('"');
        attributes(extraAttributes).append("/>");
        return this;
    }

    /** A rectangle. */
    Svg rect(double x, double y, double width, double height, String extraAttributes) {
        out.append("<rect x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" width=\"");
        num(width).append("\" height=\"");
        num(height).append('"');
        attributes(extraAttributes).append("/>");
        return this;
    }

    /** Opens a group; close it with {@link #close()}. */
    Svg group(String extraAttributes) {
        out.append("<g");
        attributes(extraAttributes).append('>');
        return this;
    }

    /** Closes the innermost group. */
    Svg close() {
        out.append("</g>");
        return this;
    }

    /** The finished element. */
    String finish() {
        return out.append("</svg>").toString();
    }

    /** {@code name="value"} with the value escaped, for the {@code extraAttributes} arguments. */
    static String attr(String name, String value) {
        return name + "=\"" + escape(value) + "\"";
    }

    /** Escapes text for XML content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Appends {@code value} rounded to one decimal, without a trailing {@code .0}. */
    static StringBuilder appendNumber(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return out;
    }

    private StringBuilder num(double value) {
        return appendNumber(out, value);
    }

    private StringBuilder attributes(String extra) {
        if (extra != null && !extra.isEmpty()) {
            out.append(' ').append(extra);
        }
        return out;
    }
}
