package org.factdrill.text;

import java.util.List;

/**
 * One text to read: where it came from (the path as the user gave it, or file name), its
 * decoded text (BOM removed; offsets everywhere refer to this string), its language, and its
 * layout (title, date, each line classified as prose or layout).
 */
public record Document(String source, String text, Language lang, Layout layout) {
  /** A plain text, its layout found from the shape of its lines. */
  public Document(String source, String text, Language lang) {
    this(source, LabelRows.find(text, lang), lang);
  }

  /** A plain text holding a listing of labelled rows (maybe none), the labels on lines. */
  private Document(String source, LabelRows.Listing rows, Language lang) {
    this(source, rows.text(), lang, LayoutClassifier.classify(rows.text(), lang, source,
        List.of(), null, rows.headers(), rows.labels()));
  }

  public Document {
    if (layout == null) {
      layout = LayoutClassifier.classify(text, lang, source);
    }
  }

  /** The class of the line or paragraph holding {@code offset}. */
  public LineClass classAt(int offset) {
    return layout.classAt(offset);
  }
}
