package org.factdrill.text;

/** Test helper: made-up prose hard-wrapped at a width, as a printed or e-book page gives it. */
public final class Wrap {
  private Wrap() {}

  /** {@code text} with a {@code lineBreak} before each word that would pass {@code width}. */
  public static String at(String text, int width, String lineBreak) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : text.split(" ")) {
      if (col > 0 && col + w.length() > width) {
        out.append(lineBreak);
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }
}
