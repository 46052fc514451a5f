package org.factdrill.tui;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminal column widths counted per grapheme cluster (ICU), not per char: a base letter with
 * combining marks is one column, East Asian wide and emoji are two, format controls are none.
 * Text is NFC-normalized first, so a decomposed Vietnamese "ế" (e + U+0302 + U+0301) becomes one
 * precomposed char and one cell. No Lanterna here, so it is unit-tested on its own.
 */
public final class TextWidth {
  private TextWidth() {}

  /** Loaded on first use: ICU's normalization data costs ~20 ms that simple text never needs. */
  private static final class Nfc {
    static final Normalizer2 INSTANCE = Normalizer2.getNFCInstance();
  }

  /** NFC form of {@code s}; null stays null. */
  public static String nfc(String s) {
    return s == null || simple(s) ? s : Nfc.INSTANCE.normalize(s);
  }

  /**
   * Whether every char of {@code s} is one column, its own grapheme, already NFC and neutral or
   * left-to-right for bidi: Latin-1 letters and the punctuation, arrows, box drawing and shapes
   * the interface uses. Such text (most labels) skips ICU, which keeps the first frame fast.
   */
  static boolean simple(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300)
          || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)
          || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2200 && c <= 0x22ff)
          || (c >= 0x2500 && c <= 0x259f) || (c >= 0x25a0 && c <= 0x25fc)
          || c == 0x2713 || c == 0x2717 || c == 0x270e;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The grapheme clusters of {@code s}, in order. */
  public static List<String> clusters(String s) {
    List<String> out = new ArrayList<>();
    if (simple(s)) {
      for (int i = 0; i < s.length(); i++) {
        out.add(String.valueOf(s.charAt(i)));
      }
      return out;
    }
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(s);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(s.substring(start, end));
    }
    return out;
  }

  /** Columns one grapheme cluster takes: 0 for controls and format chars, 2 for wide, else 1. */
  public static int clusterWidth(String cluster) {
    if (cluster.isEmpty()) {
      return 0;
    }
    int cp = cluster.codePointAt(0);
    int type = UCharacter.getType(cp);
    if (type == ECharacterCategory.CONTROL || type == ECharacterCategory.FORMAT
        || type == ECharacterCategory.LINE_SEPARATOR
        || type == ECharacterCategory.PARAGRAPH_SEPARATOR) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
      return 2;
    }
    return 1;
  }

  /** Display columns of {@code s} after NFC. */
  public static int width(String s) {
    if (simple(s)) {
      return s.length();
    }
    String n = nfc(s);
    if (!needsSegmentation(n)) {
      // Per code point: a cluster is its base plus extending marks, and marks take no column.
      int w = 0;
      for (int i = 0; i < n.length(); ) {
        int cp = n.codePointAt(i);
        i += Character.charCount(cp);
        if (!UCharacter.hasBinaryProperty(cp, UProperty.GRAPHEME_EXTEND)) {
          w += clusterWidth(new String(Character.toChars(cp)));
        }
      }
      return w;
    }
    int w = 0;
    for (String c : clusters(n)) {
      w += clusterWidth(c);
    }
    return w;
  }

  /**
   * Whether clusters here can join more than base + marks (emoji ZWJ sequences, flags, Hangul
   * jamo, prepended marks), so only the full segmentation counts them right.
   */
  private static boolean needsSegmentation(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x200d || (cp >= 0x1f1e6 && cp <= 0x1f1ff) || (cp >= 0x1100 && cp <= 0x11ff)
          || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff)
          || (cp >= 0x1f3fb && cp <= 0x1f3ff)
          || UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK)
              == UCharacter.GraphemeClusterBreak.PREPEND
          || UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK)
              == UCharacter.GraphemeClusterBreak.SPACING_MARK) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} cut to at most {@code cols} columns, ending in "…" when cut. */
  public static String fit(String s, int cols) {
    String n = nfc(s);
    if (width(n) <= cols) {
      return n;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (String c : clusters(n)) {
      int cw = clusterWidth(c);
      if (w + cw > cols - 1) {
        break;
      }
      b.append(c);
      w += cw;
    }
    return cols > 0 ? b.append('…').toString() : "";
  }

  /** {@code s} padded with spaces to exactly {@code cols} columns (cut with "…" if longer). */
  public static String pad(String s, int cols) {
    String f = fit(s, cols);
    return f + " ".repeat(Math.max(0, cols - width(f)));
  }
}
