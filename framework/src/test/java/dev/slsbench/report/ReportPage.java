package dev.slsbench.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered report parsed as XML (the renderer writes well-formed XHTML-style HTML, so a strict
 * XML parser is the first check), with XPath queries for tests.
 */
final class ReportPage {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    private final String html;
    private final Document document;

    ReportPage(String html) throws Exception {
        this.html = html;
        this.document = parse(html, false);
    }

    String html() {
        return html;
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The string values of the nodes (e.g. attributes) {@code xpath} selects. */
    List<String> values(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    Element one(String xpath) {
        List<Element> elements = all(xpath);
        if (elements.size() != 1) {
            throw new AssertionError(elements.size() + " elements match " + xpath);
        }
        return elements.getFirst();
    }

    /** The ids of the top-level sections, in document order. */
    List<String> sectionIds() {
        return all("/html/body/main/section").stream().map(e -> e.getAttribute("id")).toList();
    }

    /** The text of a section, whitespace collapsed. */
    String sectionText(String id) {
        return one("//section[@id='" + id + "']").getTextContent().replaceAll("\\s+", " ");
    }

    /** The cells of the table with {@code id}, row by row. */
    List<List<Element>> rows(String tableId) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element tr : all("//table[@id='" + tableId + "']/tbody/tr")) {
            List<Element> cells = new ArrayList<>();
            NodeList tds = tr.getElementsByTagName("td");
            for (int i = 0; i < tds.getLength(); i++) {
                cells.add((Element) tds.item(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Each {@code <svg>} element exactly as written in the page, parsed alone with namespaces. */
    List<Document> svgDocuments() throws Exception {
        List<Document> svgs = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            svgs.add(parse(m.group(), true));
        }
        return svgs;
    }

    static Document parse(String xml, boolean namespaceAware) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }
}
