package org.entente.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The records of PETRARCH2's validation suite ({@code PETR.UnitTest.records.xml}): sentences with their date and the
 * events a coder should find, each {@code <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064">}, or
 * {@code noevents="True"}. The {@code <Config>} records between sentences set PETRARCH's own options (such as
 * {@code require_dyad}) and are not read.
 */
final class PetrarchRecords {

    /** An event as PETRARCH codes it: source actor, target actor, CAMEO event code; {@code null} where there is none. */
    record Event(String source, String target, String code) {
    }

    /** A sentence: {@code date} as yyyy-MM-dd, {@code text} on one line, {@code events} empty when it has none. */
    record Sentence(String id, String category, String date, String text, List<Event> events) {
    }

    private PetrarchRecords() {
    }

    static List<Sentence> read(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(file.toFile());
            var nodes = document.getElementsByTagName("Sentence");
            var sentences = new ArrayList<Sentence>();
            for (int i = 0; i < nodes.getLength(); i++) {
                sentences.add(sentence(file, (Element) nodes.item(i)));
            }
            return sentences;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": not the XML of PETRARCH's validation records (" + e.getMessage() + ")", e);
        }
    }

    private static Sentence sentence(Path file, Element element) {
        var id = element.getAttribute("id");
        var date = element.getAttribute("date");
        var texts = element.getElementsByTagName("Text");
        if (!date.matches("\\d{8}") || texts.getLength() != 1) {
            throw new IllegalArgumentException(file + ": sentence '" + id + "' needs a date (yyyyMMdd) and one <Text>");
        }
        var events = new ArrayList<Event>();
        var codings = element.getElementsByTagName("EventCoding");
        for (int i = 0; i < codings.getLength(); i++) {
            var coding = (Element) codings.item(i);
            if (coding.hasAttribute("eventcode")) {
                events.add(new Event(coding.getAttribute("sourcecode"), coding.getAttribute("targetcode"), coding.getAttribute("eventcode")));
            }
        }
        var text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
        var isoDate = date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6);
        return new Sentence(id, element.getAttribute("category"), isoDate, text, List.copyOf(events));
    }
}
