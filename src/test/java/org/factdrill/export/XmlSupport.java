package org.factdrill.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses exported XML with the JDK's parser (namespace-aware, no external entities). */
public final class XmlSupport {
  private XmlSupport() {}

  public static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** Child elements of {@code e} with the given local name. */
  public static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getLocalName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  public static Element child(Element e, String name) {
    List<Element> c = children(e, name);
    if (c.isEmpty()) {
      throw new AssertionError("<" + e.getLocalName() + "> has no <" + name + ">");
    }
    return c.get(0);
  }

  /** All descendants with the given local name. */
  public static List<Element> all(Element e, String name) {
    NodeList nl = e.getElementsByTagNameNS("*", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }
}
