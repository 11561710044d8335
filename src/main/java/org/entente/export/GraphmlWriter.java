package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML for Gephi and yEd, written with StAX as the rows arrive. Entities and claims are nodes (their ids are
 * Entente's, {@code country:usa}, {@code claim:<source>:<slug>}, which are XML name tokens); structural relationships,
 * and each claim's PARTY (party → claim, with side and role), ABOUT and ATTRIBUTED_TO (claim → entity), are edges
 * numbered e1, e2 …. Every attribute is declared as a key with its type before the one directed graph; a node's
 * {@code label} is an entity's name or a claim's kind and topic, {@code class} says which of the two it is. An edge
 * only ever names nodes written before it.
 */
final class GraphmlWriter implements ExportWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** Node attributes: what an entity has, then what a claim adds, then its source's. */
    static final List<String> NODE_KEYS;
    static final List<String> EDGE_KEYS;

    static {
        var node = new LinkedHashSet<String>(List.of("label", "class", "kind"));
        node.addAll(ENTITY_FIELDS);
        node.addAll(CLAIM_FIELDS);
        SOURCE_FIELDS.forEach(f -> node.add("source_" + f));
        NODE_KEYS = List.copyOf(node);
        var edge = new LinkedHashSet<String>(List.of("label"));
        edge.addAll(RELATIONSHIP_FIELDS);
        edge.add("side");
        EDGE_KEYS = List.copyOf(edge);
    }

    private final XMLStreamWriter xml;
    private long edges;

    GraphmlWriter(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys("node", "n_", NODE_KEYS);
            keys("edge", "e_", EDGE_KEYS);
            xml.writeCharacters("\n");
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "entente");
            xml.writeAttribute("edgedefault", "directed");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot start the GraphML document", e);
        }
    }

    private void keys(String domain, String prefix, List<String> names) throws XMLStreamException {
        for (var name : names) {
            xml.writeCharacters("\n");
            xml.writeEmptyElement(NS, "key");
            xml.writeAttribute("id", prefix + name);
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", name);
            xml.writeAttribute("attr.type", NUMBERS.getOrDefault(name, "string"));
        }
    }

    @Override
    public void entity(Map<String, Object> entity) throws IOException {
        var data = new ArrayList<Object[]>();
        data.add(new Object[] {"label", entity.get("name")});
        data.add(new Object[] {"class", "Entity"});
        data.add(new Object[] {"kind", entity.get("kind")});
        ENTITY_FIELDS.forEach(f -> data.add(new Object[] {f, entity.get(f)}));
        node((String) entity.get("id"), data);
    }

    @Override
    public void relationship(Map<String, Object> relationship) throws IOException {
        var data = new ArrayList<Object[]>();
        data.add(new Object[] {"label", relationship.get("type")});
        RELATIONSHIP_FIELDS.forEach(f -> data.add(new Object[] {f, relationship.get(f)}));
        edge((String) relationship.get("from"), (String) relationship.get("to"), data);
    }

    @Override
    public void claim(Map<String, Object> claim) throws IOException {
        var id = (String) claim.get("id");
        var data = new ArrayList<Object[]>();
        data.add(new Object[] {"label", claim.get("kind") + ": " + claim.get("topic")});
        data.add(new Object[] {"class", "Claim"});
        CLAIM_FIELDS.forEach(f -> data.add(new Object[] {f, claim.get(f)}));
        var source = ExportWriter.source(claim);
        SOURCE_FIELDS.forEach(f -> data.add(new Object[] {"source_" + f, source.get(f)}));
        node(id, data);
        for (var party : ExportWriter.parties(claim)) {
            edge((String) party.get("id"), id, List.of(new Object[] {"label", "PARTY"}, new Object[] {"side", party.get("side")},
                    new Object[] {"role", party.get("role")}));
        }
        for (var topic : ExportWriter.about(claim)) {
            edge(id, topic, List.<Object[]>of(new Object[] {"label", "ABOUT"}));
        }
        if (claim.get("attributedTo") instanceof String speaker) {
            edge(id, speaker, List.<Object[]>of(new Object[] {"label", "ATTRIBUTED_TO"}));
        }
    }

    private void node(String id, List<Object[]> data) throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement(NS, "node");
            xml.writeAttribute("id", id);
            data(data, "n_");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write node " + id, e);
        }
    }

    private void edge(String from, String to, List<Object[]> data) throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement(NS, "edge");
            xml.writeAttribute("id", "e" + (++edges));
            xml.writeAttribute("source", from);
            xml.writeAttribute("target", to);
            data(data, "e_");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write edge " + from + " -> " + to, e);
        }
    }

    private void data(List<Object[]> data, String prefix) throws XMLStreamException {
        for (var pair : data) {
            var name = (String) pair[0];
            var value = value(name, pair[1]);
            if (value != null) {
                xml.writeStartElement(NS, "data");
                xml.writeAttribute("key", prefix + name);
                xml.writeCharacters(value);
                xml.writeEndElement();
            }
        }
    }

    /** The text of a value; a number key only takes a number, and text loses what XML 1.0 cannot carry. */
    private static String value(String name, Object value) {
        if (NUMBERS.containsKey(name)) {
            return value instanceof Number n ? (NUMBERS.get(name).equals("long") ? String.valueOf(n.longValue())
                    : String.valueOf(n.doubleValue())) : null;
        }
        var text = ExportWriter.text(value);
        return text == null ? null : xmlSafe(text);
    }

    static String xmlSafe(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Override
    public void finish(Exporter.Counts counts) throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot end the GraphML document", e);
        }
    }
}
