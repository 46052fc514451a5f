package org.factdrill.extract;

/**
 * A house number is an address, not a figure. Three shapes, each from the pack's words: the number
 * before a street's name that ends in a street word ({@code street-words-after}: "at 27 Elm
 * Road"), the number after a street word and up to three words of its name ({@code
 * street-words-before}: "ברחוב הגפן 12"), and the number right after an address label ({@code
 * address-labels}, a colon or a cell's bar between: "Address: 14 Harbour Row", "Địa chỉ | 9 Phố
 * Huế"). Asked at a digits token; reads the token arrays before any word set. A
 * street word that leads its name after the number ({@code street-words-lead}: "12 phố Hàng
 * Gai") is a list of its own: where those words also mean "way" ("trên đường đi 3 ngày"), a
 * number after them is no address.
 */
final class HouseNumbers {
  /** Words of a street's name at most between its number and its street word. */
  private static final int NAME_WORDS = 3;

  private HouseNumbers() {}

  /**
   * True when the digits at i are a house number. A house number has at most three digits in
   * the two shapes without a label: "in 1906 Market Street burned" dates the fire.
   */
  static boolean at(Toks t, int i, Lexicon lex) {
    return t.length(i) <= 3 && (numberFirst(t, i, lex) || streetFirst(t, i, lex))
        || labelled(t, i, lex);
  }

  /**
   * "27 Elm Road": capitalised name words, then a street word; "12 phố Hàng Gai": a street word
   * written before its name, then the capitalised name.
   */
  private static boolean numberFirst(Toks t, int i, Lexicon lex) {
    if (!t.isWordTok(i + 1) || t.attached(i + 1)) {
      return false;
    }
    DateLists lists = lex.filtered();
    if (!t.capitalized(i + 1)) {
      return t.isWordTok(i + 2) && t.capitalized(i + 2)
          && lists.has(WordList.STREET_WORDS_LEAD, t, i + 1);
    }
    for (int k = i + 2; k <= i + 1 + NAME_WORDS && t.isWordTok(k) && !t.attached(k); k++) {
      if (lists.has(WordList.STREET_WORDS_AFTER, t, k)) {
        return true;
      }
      if (!t.capitalized(k)) {
        return false;
      }
    }
    return false;
  }

  /** "ברחוב הגפן 12": a street word, up to three words of the name, the number. */
  private static boolean streetFirst(Toks t, int i, Lexicon lex) {
    if (lex.words(WordList.STREET_WORDS_BEFORE).isEmpty() || !t.isWordTok(i - 1)
        || t.attached(i)) {
      return false;
    }
    String prefixes = lex.pack().prefixes();
    for (int k = i - 2; k >= i - 1 - NAME_WORDS && t.isWordTok(k); k--) {
      if (lex.filtered().hasPrefixed(WordList.STREET_WORDS_BEFORE, t, k, prefixes)) {
        return true;
      }
    }
    return false;
  }

  /** "Address: 14 Harbour Row", "Địa chỉ | 9 Phố Huế". */
  private static boolean labelled(Toks t, int i, Lexicon lex) {
    int j = i - 1;
    if (t.isPunct(j, ':') || t.isPunct(j, '|')) {
      j--;
    }
    if (!t.isWordTok(j)) {
      return false;
    }
    DateLists lists = lex.filtered();
    return lists.has(WordList.ADDRESS_LABELS, t, j)
        || t.isWordTok(j - 1) && lists.startsEntry(WordList.ADDRESS_LABELS, t, j - 1)
        && lex.words(WordList.ADDRESS_LABELS).contains(t.norm(j - 1) + " " + t.norm(j));
  }
}
