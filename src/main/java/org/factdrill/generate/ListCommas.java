package org.factdrill.generate;

import static org.factdrill.generate.PromptBuilder.HOLE;

import java.util.ArrayList;
import java.util.List;

/** The commas of a sentence that stand inside an enumeration, where no cut may fall. */
final class ListCommas {
  private ListCommas() {}

  /** An item of an enumeration is at most this many words ("Lin", "the Orvin delta"). */
  private static final int LIST_ITEM_WORDS = 5;
  /** An item of a list whose items open alike is at most this many words. */
  private static final int PARALLEL_ITEM_WORDS = 12;

  /**
   * The positions of the commas inside an enumeration: around two or more short items in a row
   * ("in Karvo, Lin, ___, Orvin and Tal, and …" has three: those before and between the items,
   * not the one after the last), and the one before an item that joins the list's last pair with
   * its tail ("Lin, Mer, Tal and every other town of the coast …"). A cut there leaves a list
   * without its end.
   */
  static java.util.Set<Integer> listCommas(String s) {
    List<Integer> commas = new ArrayList<>();
    for (int i = s.indexOf(", "); i >= 0; i = s.indexOf(", ", i + 1)) {
      commas.add(i);
    }
    java.util.Set<Integer> out = new java.util.HashSet<>();
    // Segment k runs from comma k-1 (or the start) to comma k (or the end); item k = segment k.
    int n = commas.size() + 1;
    boolean[] shortItem = new boolean[n];
    String[] open = new String[n];
    String[] second = new String[n];
    for (int k = 0; k < n; k++) {
      int from = k == 0 ? 0 : commas.get(k - 1) + 1;
      int to = k == n - 1 ? s.length() : commas.get(k);
      // Brackets are a gloss on the item, not part of its length ("Lin (a port), Mer, …").
      String item = s.substring(from, to).replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*\\]", " ");
      shortItem[k] = k > 0 && words(item) <= LIST_ITEM_WORDS;
      String[] w = item.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+", 3);
      open[k] = w[0];
      second[k] = w.length > 1 ? w[1] : "";
      if (k > 0 && words(item) > PARALLEL_ITEM_WORDS) {
        open[k] = "";
      }
    }
    int k = 1;
    while (k < n) {
      if (!shortItem[k] && !parallel(open, second, k)) {
        k++;
        continue;
      }
      int j = k;
      while (j + 1 < n && (shortItem[j] && shortItem[j + 1] || parallel(open, second, j))) {
        j++;
      }
      if (j > k) { // two short items in a row: commas k-1 .. j-1 are inside the list
        for (int c = k - 1; c <= j - 1; c++) {
          out.add(commas.get(c));
        }
        if (j + 1 < n && joinsLastPair(s.substring(commas.get(j) + 1,
            j + 2 < n ? commas.get(j + 1) : s.length()))) {
          out.add(commas.get(j)); // "…, cá khô, chè và nhiều thứ khác …": the list's last pair
        }
      }
      k = j + 1;
    }
    for (int c = 0; c < commas.size(); c++) {
      int from = c == 0 ? 0 : commas.get(c - 1) + 1;
      if (endsOnAlternative(s.substring(from, commas.get(c)))) {
        out.add(commas.get(c)); // "… về A hay B, C …": the alternatives go on after the comma
      }
    }
    return out;
  }

  /** The packs' words joining alternatives ("or", "hay", "hoặc"), lower-cased. */
  static final java.util.Set<String> LIST_OR = packWords("list-or");

  /**
   * True when {@code piece} ends on a pair of alternatives: one of the packs' words for "or", then
   * a short item with no figure and no blank right before the comma ("… về nạn đói kéo dài hay
   * dịch bệnh, …"). Alternatives are a list: what follows the comma is most often its next item,
   * and a cut there shows two alternatives as if they were all.
   */
  static boolean endsOnAlternative(String piece) {
    String[] w = piece.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    for (int i = w.length - 2; i >= 1 && i >= w.length - 1 - LIST_ITEM_WORDS; i--) {
      if (LIST_OR.contains(w[i])) {
        for (int j = i + 1; j < w.length; j++) {
          if (!w[j].codePoints().allMatch(Character::isLetter)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The packs' words joining a list's last item ("and", "và"), lower-cased. */
  static final java.util.Set<String> LIST_AND = packWords("list-and");

  private static java.util.Set<String> packWords(String list) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (org.factdrill.lang.LanguagePack p : org.factdrill.lang.LanguagePacks.all()) {
      p.words(list).forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
    }
    return out;
  }

  /**
   * True when {@code item}, the one after a run of short items, holds the list's last pair: a
   * short item, then the list's joining word ("chè và nhiều thứ hàng hóa khác …"), not as its
   * first word (", and the railway reached …" opens a clause after the list). The comma before it
   * is inside the list: a cut there drops the list's end.
   */
  private static boolean joinsLastPair(String item) {
    String[] w = item.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    for (int i = 1; i < w.length && i <= LIST_ITEM_WORDS; i++) {
      if (LIST_AND.contains(w[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when items k and k+1 open alike ("the 18th year of …, and the 9th year of …"): the
   * same first word, or the next item's second word after a joining word; items of a list.
   */
  private static boolean parallel(String[] open, String[] second, int k) {
    if (k < 1 || k + 1 >= open.length || open[k].isEmpty() || open[k + 1].isEmpty()
        || !open[k].codePoints().allMatch(Character::isLetter)) {
      return false;
    }
    return open[k].equals(open[k + 1]) || open[k].equals(second[k + 1]);
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) {
      if (w.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || c == HOLE)) {
        n++;
      }
    }
    return n;
  }
}
