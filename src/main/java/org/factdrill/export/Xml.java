package org.factdrill.export;

/**
 * A small indenting XML writer for the XML formats: every text and attribute value goes through
 * {@link #escape}, so no prompt can break the document (CDATA is not used because a prompt may
 * contain {@code ]]>}).
 */
public final class Xml {
  private final StringBuilder b = new StringBuilder();
  private int depth;

  public Xml() {
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Escapes text or an attribute value; drops characters XML 1.0 cannot hold. */
  public static String escape(String s) {
    String safe = Items.xmlSafe(s == null ? "" : s);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private void indent() {
    b.append("  ".repeat(depth));
  }

  private void tagWithAttributes(String tag, String[] attrs) {
    b.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        b.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
  }

  /** Opens an element on its own line; attributes come as name, value pairs (null values skipped). */
  public Xml open(String tag, String... attrs) {
    indent();
    tagWithAttributes(tag, attrs);
    b.append(">\n");
    depth++;
    return this;
  }

  public Xml close(String tag) {
    depth--;
    indent();
    b.append("</").append(tag).append(">\n");
    return this;
  }

  /** An element holding escaped text, on one line. */
  public Xml leaf(String tag, String text, String... attrs) {
    return leafRaw(tag, escape(text), attrs);
  }

  /** An element holding already escaped XML content (mixed content such as QTI item bodies). */
  public Xml leafRaw(String tag, String xmlContent, String... attrs) {
    indent();
    tagWithAttributes(tag, attrs);
    b.append('>').append(xmlContent).append("</").append(tag).append(">\n");
    return this;
  }

  /** An element with attributes already written as XML ({@code a="b" c="d"}) and raw content. */
  public Xml leafRawWithAttributes(String tag, String rawAttributes, String xmlContent) {
    indent();
    b.append('<').append(tag).append(rawAttributes.isEmpty() ? "" : " " + rawAttributes)
        .append('>').append(xmlContent).append("</").append(tag).append(">\n");
    return this;
  }

  public Xml empty(String tag, String... attrs) {
    indent();
    tagWithAttributes(tag, attrs);
    b.append("/>\n");
    return this;
  }

  /** An inline element as a string, for building mixed content. */
  public static String inline(String tag, String xmlContent, String... attrs) {
    Xml x = new Xml();
    x.b.setLength(0);
    x.tagWithAttributes(tag, attrs);
    return x.b + (xmlContent == null ? "/>" : ">" + xmlContent + "</" + tag + ">");
  }

  /** A point to {@link #rollback} to when a question turns out unexportable half-way. */
  public long mark() {
    return ((long) depth << 32) | b.length();
  }

  /** Drops everything written since {@code mark}. */
  public void rollback(long mark) {
    b.setLength((int) mark);
    depth = (int) (mark >>> 32);
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
