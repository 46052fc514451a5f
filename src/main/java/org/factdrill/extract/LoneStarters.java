package org.factdrill.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * Which trigger words of a pack can make a fact by themselves ("twelve", "Christmas", "May"),
 * found once per pack by asking the pack's own recognizers about each word alone. Every other
 * trigger word ("a", "một", "בין") starts a fact only together with a further candidate token (a
 * numeral, a digit run, a month, a currency...) inside the fact; when none follows within
 * {@link #REACH} tokens the recognizers are not asked there. Over half the word candidates of
 * prose are such words followed by nothing a fact could be made of.
 */
final class LoneStarters {
  /** A fact is a run of tokens: one that goes beyond its first word holds the next token. */
  static final int REACH = 1;

  private final Set<String> alone;
  /** Every word of every list of the pack: a fact's further words are among them. */
  private final Set<String> vocabulary;

  private LoneStarters(Set<String> alone, Set<String> vocabulary) {
    this.alone = alone;
    this.vocabulary = vocabulary;
  }

  /** The words of {@code lex}'s trigger set that the recognizers accept on their own. */
  static LoneStarters of(Lexicon lex, DateRecognizer dates, QuantityRecognizer qty) {
    LanguagePack p = lex.pack();
    Set<String> out = new HashSet<>();
    // Months, weekdays and holidays make a fact alone after some words ("in May"): kept.
    Set<String> named = new HashSet<>();
    addWords(named, p.monthForms().keySet());
    addWords(named, p.holidays().keySet());
    addWords(named, lex.words(WordList.WEEKDAYS));
    for (String w : lex.triggers()) {
      if (named.contains(w) || makesFactAlone(w, dates, qty)) {
        out.add(w);
      }
    }
    Set<String> vocab = new HashSet<>(lex.triggers());
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
    return new LoneStarters(Set.copyOf(out), Set.copyOf(vocab));
  }

  // Each entry's words as the tokenizer makes them (an entry may be a phrase: "thế kỷ").
  private static void addWords(Set<String> into, java.util.Collection<String> entries) {
    for (String e : entries) {
      for (Token tok : Tokenizer.tokenize(e)) {
        if (tok.isWord()) {
          into.add(tok.norm());
        }
      }
    }
  }

  /**
   * True when token {@code j} may be a further word of a fact: anything but a word outside every
   * list of the pack (digits, marks, pack words, Roman numerals).
   */
  boolean mayGoOn(Toks t, int j) {
    Token tok = t.get(j);
    return !tok.isWord() || vocabulary.contains(tok.norm()) || Roman.value(tok) > 0;
  }

  /**
   * True unless {@code norm} (a word candidate's normal form) is a trigger word that needs a
   * further candidate. A word outside the trigger set (a Hebrew word with prefix letters) is
   * always answered true: it is not known here.
   */
  boolean mayStandAlone(String norm, Lexicon lex) {
    return alone.contains(norm) || !lex.isTrigger(norm, 0);
  }

  // The word as written in lower case, capitalized and upper case, alone, before a period and
  // before a word of no pack: any match means it may make a fact by itself.
  private static boolean makesFactAlone(String w, DateRecognizer dates, QuantityRecognizer qty) {
    String cap = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    for (String form : List.of(w, cap, w.toUpperCase(Locale.ROOT))) {
      for (String text : List.of(form, form + ".", form + " qqq")) {
        Toks t = new Toks(text, Tokenizer.tokenize(text));
        if (t.size() > 0 && (dates.at(t, 0) != null || qty.at(t, 0) != null)) {
          return true;
        }
      }
    }
    return false;
  }
}
