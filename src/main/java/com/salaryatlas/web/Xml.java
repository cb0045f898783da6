package com.salaryatlas.web;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** XML documents (the sitemap, the feed) written by the JDK's StAX writer, which escapes every value it is given. */
public final class Xml {

    /** What writes a document's root element and everything inside it. */
    @FunctionalInterface
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Xml() {
    }

    /** A UTF-8 document: the declaration, then {@code body}. */
    public static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write an XML document", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** {@code <name>text</name>}. */
    public static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
