package org.factdrill.extract;

import java.util.Set;

/**
 * The pack's word lists as the recognizers and the marking passes test them at every digit run,
 * candidate and their neighbours:
 * read off the token arrays, so a word that is in no list is rejected by a {@link WordSet} bit
 * filter over its key without making its {@code Token}, and a phrase is built only while its
 * words so far start one of the list's entries. Each list is prepared when first asked for.
 */
final class DateLists {
  private final Lexicon lex;
  /** Each list's words behind a bit filter (null until first asked for). */
  private final WordSet[] words = new WordSet[WordList.values().length];
  /** Each list's entries' first words behind a bit filter (null until first asked for). */
  private final WordSet[] starts = new WordSet[WordList.values().length];
  /** Whether some first word of the list's entries is no single word token (a mark, digits). */
  private final Boolean[] startsOffWords = new Boolean[WordList.values().length];
  /** Whether some entry of the list is no single word token. */
  private final Boolean[] wordsOffWords = new Boolean[WordList.values().length];
  /** Each list's entries cut at each space ("b", "b .", "b . c" of "b . c ."). */
  @SuppressWarnings("unchecked")
  private final Set<String>[] heads = new Set[WordList.values().length];

  /** The pack's month forms behind a bit filter. */
  private final WordSet months;
  /** The first words of the pack's holiday names, normalized, behind a bit filter. */
  private final WordSet holidayStarts;
  /** The pack's prefix letters ("" for none). */
  private final String prefixes;

  /** Last words of the pack's designators of several words ("đoàn" of "sư đoàn"). */
  private final WordSet designatorEnds;

  DateLists(Lexicon lex) {
    this.lex = lex;
    Set<String> lastWords = new java.util.HashSet<>();
    for (String d : lex.words(WordList.DESIGNATORS)) {
      if (d.indexOf(' ') > 0) {
        lastWords.add(d.substring(d.lastIndexOf(' ') + 1));
      }
    }
    this.designatorEnds = WordSet.of(lastWords);
    this.months = WordSet.of(lex.pack().monthForms().keySet());
    Set<String> firsts = new java.util.HashSet<>();
    for (String name : lex.pack().holidays().keySet()) {
      java.util.List<Token> toks = Tokenizer.tokenize(name);
      if (!toks.isEmpty()) {
        firsts.add(toks.get(0).norm());
      }
    }
    this.holidayStarts = WordSet.of(firsts);
    this.prefixes = lex.pack().prefixes();
  }

  /**
   * False when word k surely starts no holiday name of the pack, prefix letters stripped (its
   * key, or its key after one to three prefix letters, is no first word's): then {@code
   * lex.holidaysStartingWith(t.norm(k))} is empty, and no token is made to learn it.
   */
  boolean mayStartHoliday(Toks t, int k) {
    return holidayStarts.mayHaveKey(t.key(k))
        || !prefixes.isEmpty() && holidayStarts.prefixedAt(t, k, prefixes);
  }

  /**
   * False when word k is surely none of {@code list}'s words, prefix letters stripped: then
   * {@code lex.prefixLength(t.norm(k), words::contains)} is -1 (a filter; true may be either).
   */
  boolean mayBePrefixed(WordList list, Toks t, int k) {
    WordSet w = words(list);
    return w.mayHaveKey(t.key(k)) || !prefixes.isEmpty() && w.prefixedAt(t, k, prefixes);
  }

  /**
   * The month (1-12) that word k names, prefix letters stripped, or 0: {@code t.isWordTok(k) ?
   * lex.month(t.norm(k)) : 0}, with no token made for a word whose key (or whose key after one
   * to three prefix letters) is no month form's.
   */
  int month(Toks t, int k) {
    if (!t.isWordTok(k)) {
      return 0;
    }
    return mayBeMonth(t, k) ? lex.month(t.norm(k)) : 0;
  }

  /**
   * False when word k is surely no month form, prefix letters stripped: then {@code
   * lex.month(t.norm(k))} is 0 and {@code lex.monthPrefix(t.norm(k))} null.
   */
  boolean mayBeMonth(Toks t, int k) {
    return months.mayHaveKey(t.key(k))
        || !prefixes.isEmpty() && months.prefixedAt(t, k, prefixes);
  }

  /**
   * Nouns after which a number is a designation: "Section 907", "Quân đoàn 4", "סעיף 3" (see
   * {@link Lexicon#designator}); a word that is no designator, no designator after prefix
   * letters and no last word of one is rejected by the bit filters, no token made.
   */
  boolean designator(Toks t, int i) {
    Set<String> designators = lex.words(WordList.DESIGNATORS);
    boolean word = t.isWordTok(i);
    if ((!word || mayBePrefixed(WordList.DESIGNATORS, t, i))
        && lex.prefixLength(t.norm(i), designators::contains) >= 0) {
      return true;
    }
    // A designator of several words ending here ("sư đoàn", "quốc lộ"): its last word alone
    // may be another word.
    if (!(word ? designatorEnds.containsWord(t, i, 0) : designatorEnds.words().contains(t.norm(i)))) {
      return false;
    }
    StringBuilder sb = new StringBuilder(t.norm(i));
    for (int k = i - 1; k >= 0 && k >= i - 3 && t.isWordTok(k); k--) {
      sb.insert(0, ' ').insert(0, t.norm(k));
      if (designators.contains(sb.toString())) {
        return true;
      }
    }
    return false;
  }

  /** True when token k is a word of {@code list}: {@code isWordTok(k) && contains(norm(k))}. */
  boolean has(WordList list, Toks t, int k) {
    return t.isWordTok(k) && words(list).containsWord(t, k, 0);
  }

  /**
   * As {@link #has}, also with one to three of {@code prefixes} glued before the word ("ברחוב"):
   * the bit filter on the characters after them, no token made for most words.
   */
  boolean hasPrefixed(WordList list, Toks t, int k, String prefixes) {
    if (!t.isWordTok(k)) {
      return false;
    }
    WordSet w = words(list);
    int start = t.startOf(k);
    int len = t.endOf(k) - start;
    for (int from = 0; from <= 3 && from < len; from++) {
      if (from > 0 && prefixes.indexOf(t.text.charAt(start + from - 1)) < 0) {
        return false;
      }
      if (w.containsWord(t, k, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token k, of any type, or "" outside the text, is one of {@code list}'s entries:
   * {@code lex.words(list).contains(t.norm(k))}, no token made for a word in none of them nor
   * for a mark or digits where every entry is a word.
   */
  boolean holds(WordList list, Toks t, int k) {
    return listed(lex.words(list), words(list), wordsOffWords, list, t, k);
  }

  /**
   * True when token k, of any type, or "" outside the text, is the first word of one of {@code
   * list}'s entries: {@code lex.starts(list).contains(t.norm(k))}, no token made for a word that
   * starts none.
   */
  boolean startsEntry(WordList list, Toks t, int k) {
    return listed(lex.starts(list), starts(list), startsOffWords, list, t, k);
  }

  /** {@code entries.contains(t.norm(k))}, a word tested through {@code filtered}'s bit filter. */
  private static boolean listed(Set<String> entries, WordSet filtered, Boolean[] off,
      WordList list, Toks t, int k) {
    if (k < 0 || k >= t.size()) {
      return entries.contains("");
    }
    if (t.isWordTok(k)) {
      return filtered.containsWord(t, k, 0);
    }
    return offWords(entries, off, list) && entries.contains(t.norm(k));
  }

  /**
   * {@link DateTokens#phrase(Toks, int, Set, Set)} of {@code list}: the number of tokens from k
   * spelling one of its entries, the longest, or 0; the same answer, with no token made at a
   * word that starts no entry, nor past the words that stop being an entry's start.
   */
  int phrase(WordList list, Toks t, int k) {
    if (k < 0 || k >= t.size()) {
      return 0;
    }
    if (t.isWordTok(k)) {
      if (!starts(list).containsWord(t, k, 0)) {
        return 0;
      }
    } else if (!offWords(lex.starts(list), startsOffWords, list)
        || !lex.starts(list).contains(t.norm(k))) {
      return 0; // a mark or digits start an entry only where a first word is no word token
    }
    Set<String> phrases = lex.words(list);
    Set<String> head = heads(list);
    int best = 0;
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < 6 && k + n < t.size(); n++) {
      if (n > 0) {
        sb.append(' ');
      }
      sb.append(t.norm(k + n));
      String s = sb.toString();
      if (phrases.contains(s)) {
        best = n + 1;
      }
      if (!head.contains(s)) {
        break; // no entry goes on from here: a longer run cannot be one
      }
    }
    return best;
  }

  private WordSet words(WordList list) {
    return filtered(words, list, lex.words(list));
  }

  private WordSet starts(WordList list) {
    return filtered(starts, list, lex.starts(list));
  }

  /** {@code entries} behind a bit filter, made once and remembered in {@code known}. */
  private static WordSet filtered(WordSet[] known, WordList list, Set<String> entries) {
    WordSet w = known[list.ordinal()];
    if (w == null) {
      w = WordSet.of(entries);
      known[list.ordinal()] = w;
    }
    return w;
  }

  /** Whether some of {@code entries} is no single word token (remembered in {@code known}). */
  private static boolean offWords(Set<String> entries, Boolean[] known, WordList list) {
    Boolean b = known[list.ordinal()];
    if (b == null) {
      boolean off = false;
      for (String s : entries) {
        java.util.List<Token> toks = Tokenizer.tokenize(s);
        off |= toks.size() != 1 || !toks.get(0).isWord();
      }
      b = off;
      known[list.ordinal()] = b;
    }
    return b;
  }

  private Set<String> heads(WordList list) {
    Set<String> h = heads[list.ordinal()];
    if (h == null) {
      Set<String> s = new java.util.HashSet<>();
      for (String p : lex.words(list)) {
        for (int j = p.indexOf(' '); j >= 0; j = p.indexOf(' ', j + 1)) {
          s.add(p.substring(0, j));
        }
      }
      h = Set.copyOf(s);
      heads[list.ordinal()] = h;
    }
    return h;
  }
}
