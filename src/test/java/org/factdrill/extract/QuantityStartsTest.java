package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The quantity recognizer asks {@link QuantityStarts} first at a word and reads nothing where it
 * says no quantity starts: on generated texts of every pack's numerals, articles, minus, percent,
 * currency, classifier, dual and fraction words (with prefix letters, capitals), currency codes
 * and symbols, digit runs and the marks around amounts, the filtered recognizer answers at every
 * token exactly what the unfiltered reading ({@link QuantityRecognizer#read}, every reading tried,
 * the old {@code at}) answered, in every pack.
 */
class QuantityStartsTest {
  private static final List<Language> LANGS = Language.values();
  private static final Map<Language, QuantityRecognizer> RECOGNIZERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Provide
  Arbitrary<String> text() {
    Set<String> parts = new java.util.LinkedHashSet<>(List.of(" ", " ", " ", " ", "\n", "$",
        "$", ".", ",", "-", "\u2013", "\u05BE", "%", "(", ")", "/", "\\", "0", "1", "2", "5",
        "12", "43", "100", "1945", "2,5", "3.5", "20", "USD", "NIS", "RM", "US", "EUR", "Rs",
        "\u20AC", "\u20AA", "k", "bn", "th", "the", "of", "and", "to", "ngày", "tháng", "May"));
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      for (WordList w : List.of(WordList.INDEFINITE_ARTICLES, WordList.MINUS, WordList.PERCENT,
          WordList.ONE_AFTER_CURRENCY, WordList.CURRENCIES_BEFORE, WordList.CURRENCY_CLASSIFIERS,
          WordList.DUALS, WordList.FRACTION_LINKS, WordList.RANGE_CONNECTORS,
          WordList.DURATION_UNITS, WordList.AMOUNT_AND, WordList.NUMERAL_AND)) {
        int k = 0;
        for (String p : lex.words(w)) {
          if (k++ < 10) {
            add(parts, p, lex);
          }
        }
      }
      int k = 0;
      for (String n : lex.pack().numerals().keySet()) {
        if (k++ % 2 == 0) {
          add(parts, n, lex);
        }
      }
      k = 0;
      for (String c : lex.pack().currencies().keySet()) {
        if (k++ % 3 == 0) {
          add(parts, c, lex);
        }
      }
      for (String f : lex.pack().fractions().keySet()) {
        parts.add(f);
      }
    }
    List<String> all = new ArrayList<>(parts);
    return Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(24).map(l -> String.join(" ", l));
  }

  /** The phrase, its words, a capitalized form, and its first word after each prefix letter. */
  private static void add(Set<String> parts, String p, Lexicon lex) {
    parts.add(p);
    parts.addAll(List.of(p.split(" ")));
    parts.add(p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
    for (char c : lex.pack().prefixes().toCharArray()) {
      parts.add(c + p);
      parts.add(c + "-" + p);
    }
  }

  @Property(tries = 3000, seed = "23")
  void theFilteredRecognizerReadsWhatEveryReadingRead(@ForAll("text") String text) {
    for (Language l : LANGS) {
      QuantityRecognizer q = RECOGNIZERS.computeIfAbsent(l, k -> new QuantityRecognizer(Lexicon.of(k)));
      Toks t = Tokenizer.toks(text);
      for (int i = 0; i < t.size(); i++) {
        int at = i;
        assertEquals(q.read(t, i), q.at(t, i), () -> l + " at " + at + " of \"" + text + "\"");
      }
    }
  }

  @Test
  void wordsThatStartAQuantityWithoutDigitsAfterThemAreRead() {
    // Each is read by a reading the filter must let through at a word: a numeral in words, an
    // article before a scale, a currency counted once, a dual.
    QuantityRecognizer en = new QuantityRecognizer(Lexicon.of(Language.EN));
    Toks t = Tokenizer.toks("They sold a million tickets and two hundred horses.");
    assertNotNull(en.at(t, 2));
    assertNotNull(en.at(t, 6));
    assertEquals(en.read(t, 6), en.at(t, 6));
  }
}
