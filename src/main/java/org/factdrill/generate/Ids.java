package org.factdrill.generate;

import java.text.Normalizer;
import org.factdrill.text.Sha256;

/**
 * Stable ids. A fact's id depends only on its source file's name, its sentence (normalized: NFC,
 * white space folded) and its span text, so adding, removing or moving other text keeps it.
 */
public final class Ids {
  private Ids() {}

  public static String factId(String sourceName, String sentence, String spanText) {
    String key = sourceName + "\u0000" + normalize(sentence) + "\u0000" + normalize(spanText);
    return "f-" + Sha256.hex(key).substring(0, 16);
  }

  /** The sibling key of every question from one sentence of one source. */
  public static String siblingId(String sourceName, String sentence) {
    return "s-" + Sha256.hex(sourceName + "\u0000" + normalize(sentence)).substring(0, 16);
  }

  public static String questionId(String factId, String type) {
    return type + "-" + factId.substring(2);
  }

  static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }
}
