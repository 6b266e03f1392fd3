package dev.slsbench.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as the template draws it: a caption, header cells and rows of already formatted cells.
 * A cell showing a figure from {@code results.json} carries the figure's JSON Pointer and exact
 * value ({@code data-json}, {@code data-value}), so every number on the page can be traced to
 * the file, by a reader or a test.
 *
 * @param id the table's element id
 * @param caption what the table shows
 * @param headers column headings
 * @param rows the rows
 * @param note a remark under the table, or {@code null}
 */
record Table(String id, String caption, List<Header> headers, List<Row> rows, String note) {

    Table {
        Objects.requireNonNull(id, "id");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Whether the table has rows. */
    boolean hasRows() {
        return !rows.isEmpty();
    }

    /**
     * A column heading.
     *
     * @param text the heading
     * @param hint a longer explanation shown as a tooltip, or {@code null}
     * @param numeric whether the column holds numbers (right-aligned)
     */
    record Header(String text, String hint, boolean numeric) {

        static Header text(String text) {
            return new Header(text, null, false);
        }

        static Header number(String text) {
            return new Header(text, null, true);
        }

        static Header number(String text, String hint) {
            return new Header(text, hint, true);
        }
    }

    /**
     * One row.
     *
     * @param cells its cells, one per header
     * @param css a class for the row ({@code failed}, {@code highlight}), or {@code null}
     */
    record Row(List<Cell> cells, String css) {

        Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell.
     *
     * @param text what is shown
     * @param json the JSON Pointer of the figure in results.json, or {@code null}
     * @param value the figure's exact value when {@code json} is set
     * @param css a class ({@code num}, {@code pass}, {@code fail}, {@code no-data}), or {@code null}
     * @param hint a tooltip, or {@code null}
     */
    record Cell(String text, String json, String value, String css, String hint) {

        static Cell text(String text) {
            return new Cell(text, null, null, null, null);
        }

        static Cell styled(String text, String css) {
            return new Cell(text, null, null, css, null);
        }

        /** A derived number that is not itself in results.json. */
        static Cell number(String text) {
            return new Cell(text, null, null, "num", null);
        }

        /** A number read from results.json at {@code pointer}. */
        static Cell measured(String text, String pointer, double value) {
            return new Cell(text, pointer, Double.toString(value), "num", null);
        }

        /** A decimal read from results.json at {@code pointer}. */
        static Cell measured(String text, String pointer, BigDecimal value) {
            return new Cell(text, pointer, value.toPlainString(), "num", null);
        }

        /** A count read from results.json at {@code pointer}. */
        static Cell measured(long count, String pointer) {
            return new Cell(Formats.count(count), pointer, Long.toString(count), "num", null);
        }

        /** A value that does not exist here, with why as a tooltip. */
        static Cell none(String why) {
            return new Cell(Formats.NONE, null, null, "num none", why);
        }

        /** A cell saying that a source had no data for this value. */
        static Cell noData(String text) {
            return new Cell(text, null, null, "no-data", null);
        }

        Cell withHint(String hint) {
            return new Cell(text, json, value, css, hint);
        }
    }

    /** Collects the cells of one row. */
    static final class RowBuilder {
        private final List<Cell> cells = new ArrayList<>();

        RowBuilder add(Cell cell) {
            cells.add(cell);
            return this;
        }

        Row build(String css) {
            return new Row(cells, css);
        }
    }
}
