package uk.lantern.oversight.internal.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered chart parsed with the JDK's XML parser, which fails on any markup that is not well formed. */
final class SvgXml {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private final Document document;

    private SvgXml(Document document) {
        this.document = document;
    }

    static SvgXml parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new SvgXml(factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> elements(String name) {
        return elementsIn(root(), name);
    }

    /** The text of the root element's own {@code <title>} or {@code <desc>}. */
    String rootText(String name) {
        for (Element child : elementsIn(root(), name)) {
            if (child.getParentNode() == root()) {
                return child.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> on the root");
    }

    /** Elements carrying a class, as the chart's style sheet selects them. */
    List<Element> withClass(String name, String cssClass) {
        return elements(name).stream()
                .filter(element -> List.of(element.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    static List<Element> elementsIn(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG_NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
