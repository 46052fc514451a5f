package org.factdrill.text;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses a document's language from its script and vocabulary: Hebrew letters mean Hebrew;
 * Vietnamese is told from English by its tone-marked letters and very common function words.
 */
public final class LanguageDetector {
  private static final Set<String> VI_WORDS = Set.of(
      "và", "của", "các", "những", "năm", "người", "trong", "được", "không", "một", "cho", "với",
      "là", "có", "này", "đã", "tháng", "ngày", "từ", "quân");
  private static final Set<String> EN_WORDS = Set.of(
      "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "by", "as");

  /** Detects the language of {@code text}; English when there is nothing to go on. */
  public Language detect(CharSequence text) {
    int hebrew = 0;
    int latin = 0;
    int vietMarked = 0;
    int n = Math.min(text.length(), 20_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0590' && c <= '\u05FF') {
        hebrew++;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      } else if (isVietnameseLetter(c)) {
        vietMarked++;
        latin++;
      }
    }
    if (hebrew > 0 && hebrew >= latin / 4) {
      return Language.HE;
    }
    if (latin == 0) {
      return Language.EN;
    }
    if (vietMarked * 40 >= latin) {
      return Language.VI;
    }
    int vi = 0;
    int en = 0;
    for (String w : text.subSequence(0, n).toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (VI_WORDS.contains(w)) {
        vi++;
      }
      if (EN_WORDS.contains(w)) {
        en++;
      }
    }
    return vi > en ? Language.VI : Language.EN;
  }

  private static boolean isVietnameseLetter(char c) {
    // đ/Đ, ơ/ư and the precomposed letters with Vietnamese tone marks in Latin Extended Additional.
    return c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
        || (c >= '\u1EA0' && c <= '\u1EF9') || c == 'ă' || c == 'Ă';
  }
}
