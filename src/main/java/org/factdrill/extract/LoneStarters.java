package org.factdrill.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Which trigger words of a pack can make a fact by themselves ("twelve", "Christmas", "May"),
 * found once per pack by asking the pack's own recognizers about each word alone. Every other
 * trigger word ("a", "một", "בין") starts a fact only together with further tokens, and a fact
 * is a run of tokens: when the next token is a word of no list of the pack, the recognizers
 * are not asked there. Some of the word candidates of prose are such words before a word no fact
 * holds ("a new", "các nước" is not one: "nước" is a listed noun).
 */
final class LoneStarters {
  private final Set<String> alone;
  /** Every word of every list of the pack: a fact's further words are among them. */
  private final Set<String> vocabulary;
  /** The pack's prefix letters (Hebrew ב, ו, ה...), which may stand before a pack word. */
  private final String prefixes;

  /** Endings by which the recognizers know a word (plural, adjective): such a word goes on. */
  private final List<String> endings;

  private LoneStarters(Set<String> alone, Set<String> vocabulary, String prefixes,
      List<String> endings) {
    this.alone = alone;
    this.vocabulary = vocabulary;
    this.prefixes = prefixes;
    this.endings = endings;
  }

  /**
   * The pack's lone starters, found once per process when first asked for (some 10-100 ms a
   * pack) and never changed after, as {@link Lexicon#of} is: every extractor shares them.
   */
  static LoneStarters of(Language lang) {
    return ByLanguage.ALL.get(lang == null ? Language.DEFAULT : lang).get();
  }

  /** The words of {@code lex}'s trigger set that the recognizers accept on their own. */
  static LoneStarters of(Lexicon lex, DateRecognizer dates, QuantityRecognizer qty) {
    LanguagePack p = lex.pack();
    // A month, weekday or holiday of one word makes a fact alone after some words ("in May"):
    // kept. A name of several words ("Yom Kippur") holds its next word, a listed one.
    Set<String> named = new HashSet<>();
    addOneWordNames(named, p.monthForms().keySet());
    addOneWordNames(named, p.holidays().keySet());
    addOneWordNames(named, lex.words(WordList.WEEKDAYS));
    Set<String> out = new HashSet<>();
    for (String w : lex.triggers()) {
      if (named.contains(w) || makesFactAlone(w, dates, qty)) {
        out.add(w);
      }
    }
    Set<String> vocab = new HashSet<>(lex.triggers());
    for (String c : p.wordCategories()) {
      addWords(vocab, p.words(c));
    }
    for (WordList c : WordList.values()) {
      addWords(vocab, lex.words(c));
    }
    addWords(vocab, p.numerals().keySet());
    addWords(vocab, p.monthForms().keySet());
    addWords(vocab, p.ordinals().keySet());
    addWords(vocab, p.currencies().keySet());
    addWords(vocab, p.scaleSuffixes().keySet());
    addWords(vocab, p.fractions().keySet());
    addWords(vocab, p.holidays().keySet());
    // Words read by their endings: plurals of count nouns ("pilots"), adjectives.
    Set<String> endings = new HashSet<>(lex.words(WordList.PLURAL_ENDINGS));
    endings.addAll(lex.words(WordList.ADJECTIVE_ENDINGS));
    return new LoneStarters(Set.copyOf(out), Set.copyOf(vocab), p.prefixes(),
        List.copyOf(endings));
  }

  /**
   * True when the recognizers need not be asked at word candidate {@code i}: a trigger word that
   * makes no fact alone, with a next token that no fact holds (a word of no pack list). A word
   * outside the trigger set (a Hebrew word with prefix letters) is not known here: never spared.
   */
  boolean spares(Toks t, int i, Lexicon lex) {
    if (!t.isWordTok(i)) {
      return false;
    }
    String norm = t.norm(i);
    return !alone.contains(norm) && lex.isTrigger(norm, 0)
        && (i + 1 >= t.size() || !mayGoOn(t.get(i + 1)));
  }

  /**
   * True when a token may be a further token of a fact: anything but a word outside every list
   * of the pack (digits, marks, pack words, with prefix letters too, Roman numerals, words
   * with a plural or adjective ending of the pack).
   */
  private boolean mayGoOn(Token tok) {
    if (!tok.isWord() || vocabulary.contains(tok.norm()) || Roman.value(tok) > 0) {
      return true;
    }
    String n = tok.norm();
    if (QuantityRecognizer.endsWithAny(n, endings)) {
      return true;
    }
    for (int k = 1; k <= 3 && k <= n.length() && prefixes.indexOf(n.charAt(k - 1)) >= 0; k++) {
      if (k == n.length() || vocabulary.contains(n.substring(k))) {
        return true; // the prefix letters alone ("ב" of "ב-1948"), or before a pack word
      }
    }
    return false;
  }

  /** The pack's words, for tests: every word a fact may hold after its first. */
  Set<String> vocabulary() {
    return vocabulary;
  }

  // Each entry's words as the tokenizer makes them (an entry may be a phrase: "thế kỷ").
  private static void addWords(Set<String> into, Collection<String> entries) {
    for (String e : entries) {
      for (Token tok : Tokenizer.tokenize(e)) {
        if (tok.isWord()) {
          into.add(tok.norm());
        }
      }
    }
  }

  private static void addOneWordNames(Set<String> into, Collection<String> entries) {
    for (String e : entries) {
      List<Token> toks = Tokenizer.tokenize(e);
      if (toks.size() == 1 && toks.get(0).isWord()) {
        into.add(toks.get(0).norm());
      }
    }
  }

  // The word in lower case, capitalized and upper case, alone, before a period and before a
  // word of no pack (a counted noun: "two qqq"): any match means it may make a fact by itself.
  private static boolean makesFactAlone(String w, DateRecognizer dates, QuantityRecognizer qty) {
    String cap = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    for (String form : List.of(w, cap, w.toUpperCase(Locale.ROOT))) {
      for (String text : List.of(form, form + ".", form + " qqq")) {
        Toks t = Tokenizer.toks(text);
        if (t.size() > 0 && (dates.at(t, 0) != null || qty.at(t, 0) != null)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One lazily found value per installed pack (the packs are fixed when the program starts). */
  private static final class ByLanguage {
    static final Map<Language, ByLanguage> ALL = build();
    private final Language lang;
    private volatile LoneStarters value;

    private ByLanguage(Language lang) {
      this.lang = lang;
    }

    private static Map<Language, ByLanguage> build() {
      Map<Language, ByLanguage> out = new java.util.HashMap<>();
      for (Language l : Language.values()) {
        out.put(l, new ByLanguage(l));
      }
      return Map.copyOf(out);
    }

    LoneStarters get() {
      LoneStarters v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            Lexicon lex = Lexicon.of(lang);
            v = LoneStarters.of(lex, DateRecognizer.of(lex), new QuantityRecognizer(lex));
            value = v;
          }
        }
      }
      return v;
    }
  }
}
