package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.Optional;
import org.factdrill.text.Language;

/**
 * The extractor's numeral grammar for other packages: reads a number written in words (with or
 * without digits) in short text such as a typed answer, so that answers are read by the same
 * grammar and the same pack as the texts the questions came from.
 */
public final class Numerals {
  /** A numeral read: its value, whether a scale word multiplied it, and the tokens it spans. */
  public record Reading(BigDecimal value, boolean scaled, int tokens) {}

  /** Each pack's dual words ("שנתיים"), the first word of its {@code duals} entries. */
  private static final java.util.Map<Language, java.util.Set<String>> DUALS = duals();

  private Numerals() {}

  private static java.util.Map<Language, java.util.Set<String>> duals() {
    java.util.Map<Language, java.util.Set<String>> out = new java.util.HashMap<>();
    for (Language l : Language.values()) {
      java.util.Set<String> s = new java.util.HashSet<>();
      for (String e : Lexicon.of(l).words(WordList.DUALS)) {
        s.add(e.split(" ")[0]);
      }
      out.put(l, java.util.Set.copyOf(s));
    }
    return out;
  }

  /** True when {@code word} (lower case) is a numeral of some language pack. */
  public static boolean isNumeralWord(String word) {
    for (Language l : Language.values()) {
      Lexicon lex = Lexicon.of(l);
      if (lex.number(word) != null || lex.prefixLength(word, DUALS.get(l)::contains) >= 0) {
        return true; // "שנתיים": a dual counts two of its unit
      }
    }
    return false;
  }

  /**
   * The first numeral written with at least one word in {@code text}, read in the language
   * whose grammar covers the most of it (the first language on a tie); empty when none.
   */
  public static Optional<Reading> readWords(String text) {
    Reading best = null;
    for (Language l : Language.values()) {
      Reading r = readWords(text, l);
      if (r != null && (best == null || r.tokens() > best.tokens())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Reading readWords(String text, Language lang) {
    Lexicon lex = Lexicon.of(lang);
    Toks t = Tokenizer.toks(text);
    for (int i = 0; i < t.size(); i++) {
      Quantity q = NumberGrammar.parse(t, i, lex);
      if (q != null && q.hasWords()) {
        return new Reading(q.value(), q.scaled(), q.to() - q.from());
      }
      Match dual = q == null ? new DualCounts(lex).at(t, i) : null;
      if (dual != null) {
        return new Reading(((Value.Num) dual.value()).value(), false, 1);
      }
      if (q != null) {
        i = q.to() - 1;
      }
    }
    return null;
  }
}
