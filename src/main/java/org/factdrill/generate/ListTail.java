package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.text.Language;

/**
 * A prompt cut inside a list: the cut ends on three or more short items of one shape set off by
 * commas ("…
 * nine provinces, including Lamor in the north, Kessel on the coast, Arvo …") and the list's
 * closing "and" is not among them, so the shown items read as the whole list, or as a count's
 * evidence, while the ellipsis hides the rest. The cut goes back to the clause mark before the
 * list's first item ("… nine provinces …"); when too little would be left, the prompt stays as
 * it was. An item is a piece of at most {@link #ITEM_WORDS} words with no figure and no blank;
 * a piece holding one is the clause the list hangs on. The joining words are the pack's
 * ({@code list-and}).
 */
final class ListTail {
  /** A list's item has at most this many words (a syllable is a word in Vietnamese). */
  private static final int ITEM_WORDS = 8;
  /** What is left after the cut must keep this many words around the blank. */
  private static final int MIN_LEFT_WORDS = 6;
  private static final String CUT = " …";
  /** A list shows at least this many items of one shape before the cut. */
  private static final int MIN_ITEMS = 3;
  /** Items of one shape: the longest at most this many times the shortest (in words). */
  private static final int SHAPE_RATIO = 3;

  private ListTail() {}

  /** {@code template} cut before a list its ellipsis cuts short; else as it is. */
  static String trim(Language lang, String template) {
    if (template == null || !template.endsWith(CUT)) {
      return template;
    }
    String kept = template.substring(0, template.length() - CUT.length());
    List<Integer> commas = new ArrayList<>();
    for (int i = kept.indexOf(", "); i >= 0; i = kept.indexOf(", ", i + 1)) {
      commas.add(i);
    }
    if (commas.size() < 2 || joins(lang, kept.substring(commas.get(commas.size() - 1) + 1))) {
      return template; // no list, or its last item with its "and" is shown: the list is whole
    }
    int first = commas.size(); // the piece after comma k is piece k + 1; walk back over items
    while (first > 0) {
      int from = commas.get(first - 1) + 1;
      int to = first < commas.size() ? commas.get(first) : kept.length();
      if (!item(kept.substring(from, to))) {
        break;
      }
      first--;
    }
    if (commas.size() - first < MIN_ITEMS || !sameShape(kept, commas, first)) {
      return template; // (one or two short pieces after clause marks are no list)
    }
    String shorter = kept.substring(0, commas.get(first)).strip();
    if (shorter.indexOf(PromptBuilder.HOLE) < 0
        || PromptBuilder.contextWords(shorter) < MIN_LEFT_WORDS) {
      return template;
    }
    return shorter + CUT;
  }

  /**
   * True when the items after comma {@code first} are of one shape: none more than
   * {@link #SHAPE_RATIO} times as long as another (in words). Clause pieces that happen to be
   * short ("the record says", "as before") differ from each other and from a list's items.
   */
  private static boolean sameShape(String kept, List<Integer> commas, int first) {
    int least = Integer.MAX_VALUE;
    int most = 0;
    for (int k = first; k < commas.size(); k++) {
      int to = k + 1 < commas.size() ? commas.get(k + 1) : kept.length();
      int n = words(kept.substring(commas.get(k) + 1, to));
      least = Math.min(least, n);
      most = Math.max(most, n);
    }
    return most <= SHAPE_RATIO * least;
  }

  /** True when the piece is short, holds no figure and no blank: a list's item. */
  private static boolean item(String piece) {
    if (piece.indexOf(PromptBuilder.HOLE) >= 0 || piece.codePoints().anyMatch(Character::isDigit)) {
      return false;
    }
    int words = words(piece);
    return words > 0 && words <= ITEM_WORDS;
  }

  private static int words(String piece) {
    int words = 0;
    for (String w : piece.strip().split("\\s+")) {
      words += w.codePoints().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return words;
  }

  /** True when the piece holds one of the pack's words joining a list's last item. */
  private static boolean joins(Language lang, String piece) {
    for (String w : piece.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
      if (lang.pack().words("list-and").contains(w)) {
        return true;
      }
    }
    return false;
  }
}
