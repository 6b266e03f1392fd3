package dev.slsbench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a rendered report against its results.json and checks its charts, shared by the report tests. */
final class ReportAssertions {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private ReportAssertions() {
    }

    /**
     * Asserts that every element carrying {@code data-json} holds, in {@code data-value}, exactly
     * the number at that JSON Pointer in results.json, and shows it rounded correctly; returns
     * how many figures were checked.
     */
    static int assertFiguresMatchResultsJson(ReportPage page, Path resultsJson) throws Exception {
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(Files.readString(resultsJson));
        List<Element> figures = page.all("//*[@data-json]");
        for (Element figure : figures) {
            String pointer = figure.getAttribute("data-json");
            JsonNode node = json.at(pointer);
            assertThat(node.isNumber()).as("results.json has a number at %s", pointer).isTrue();
            BigDecimal expected = node.decimalValue();
            BigDecimal shownValue = new BigDecimal(figure.getAttribute("data-value"));
            assertThat(shownValue).as("data-value of %s", pointer).isEqualByComparingTo(expected);
            String text = figure.getTextContent();
            Matcher m = NUMBER.matcher(text);
            assertThat(m.find()).as("a number in the text '%s' of %s", text, pointer).isTrue();
            BigDecimal shown = new BigDecimal(m.group().replace(",", ""));
            int decimals = Math.max(0, shown.scale());
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2))
                    .add(expected.abs().movePointLeft(12));
            assertThat(shown.subtract(expected).abs()).as("'%s' shows %s (%s) rounded to %d decimals", text, pointer,
                    expected, decimals).isLessThanOrEqualTo(tolerance);
        }
        return figures.size();
    }

    /**
     * Asserts that every chart is a well-formed SVG in the SVG namespace, labelled by its own
     * title and description, and that each series in its legend has at least one data mark;
     * returns the number of charts.
     */
    static int assertChartsAreValidSvgWithMarksPerSeries(ReportPage page) throws Exception {
        List<Document> svgs = page.svgDocuments();
        for (Document svg : svgs) {
            Element root = svg.getDocumentElement();
            String id = root.getAttribute("id");
            assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
            Set<String> ids = new HashSet<>();
            NodeList all = svg.getElementsByTagNameNS(SVG_NS, "*");
            for (int i = 0; i < all.getLength(); i++) {
                String elementId = ((Element) all.item(i)).getAttribute("id");
                if (!elementId.isEmpty()) {
                    ids.add(elementId);
                }
            }
            assertThat(ids).as("chart %s labelled by its title and description", id)
                    .containsAll(List.of(root.getAttribute("aria-labelledby").split(" ")));
            assertThat(text(svg, "title")).as("title of %s", id).isNotBlank();
            assertThat(text(svg, "desc")).as("description of %s", id).isNotBlank();
            List<String> series = elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("legend-item"))
                    .map(g -> g.getAttribute("data-series")).toList();
            assertThat(series).as("legend of %s", id).isNotEmpty();
            for (String name : series) {
                long marks = elements(svg, "*").stream()
                        .filter(e -> List.of(e.getAttribute("class").split(" ")).contains("mark"))
                        .filter(e -> e.getAttribute("data-series").equals(name))
                        .filter(ReportAssertions::hasDrawableGeometry)
                        .count();
                assertThat(marks).as("data marks of series '%s' in %s", name, id).isPositive();
            }
            assertThat(elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("axis-title")).count())
                    .as("axis titles of %s", id).isEqualTo(2);
            assertThat(elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("tick")).count())
                    .as("tick labels of %s", id).isGreaterThanOrEqualTo(4);
        }
        return svgs.size();
    }

    private static boolean hasDrawableGeometry(Element e) {
        return switch (e.getLocalName()) {
            case "path" -> e.getAttribute("d").matches("M[-0-9.]+,[-0-9.]+.*[LHV].*");
            case "circle" -> Double.parseDouble(e.getAttribute("r")) > 0 && !e.getAttribute("cx").isEmpty();
            default -> false;
        };
    }

    private static String text(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
