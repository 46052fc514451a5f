package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.factdrill.text.Language;

/**
 * The quantity side reads the token arrays before it makes a token (a digit run's value from
 * its characters, the mark or word after a number by its type), and answers exactly as it did
 * when it made the token of each candidate and its neighbours: the recognizer's match, the
 * numeral grammar's quantity and the digit reader's number at every token of generated texts
 * of every pack (pack words in every casing and with prefix letters, digit runs grouped and
 * ungrouped, decimal marks before and after, signs, currency symbols and codes, percent signs,
 * line breaks, blocked tokens), against {@link QuantityOracle}, the code before the change.
 */
class QuantityArraysTest {
  private static final List<String> MARKS = List.of(".", ",", "-", "\u2212", "–", "%", "$", "€",
      "₫", "₪", "£", "(", ")", "/", ":", "'", "\"", "\\", "\n", "\n\n", "\u00A0", "\u202F", "\uFF05",
      "US$", "HK$", "USD", "EUR", "RMB", "Rs", "RM", "NIS", "k", "K", "M", "bn", "th", "c");
  private static final List<String> NUMBERS = List.of("1,234", "1.234", "1.234.567", "1,234,567",
      "2,5", "2.5", "12.345,67", "1,2", "1.2.3", "14.5.1948", ".5", ",5", "-3", "-.5", "4 947 267,53",
      "100 000", "007", "0", "1", "2", "10", "99", "1945", "123456789012345678901234", "2.\n5",
      "3/4", "2/10", "10-5", "60-40", "1990s", "5th", "23k");

  private record Pack(Language lang, Lexicon lex, List<String> words) {}

  private static final List<Pack> PACKS = packs();

  private static List<Pack> packs() {
    List<Pack> out = new ArrayList<>();
    for (Language l : Language.values()) {
      Lexicon lex = Lexicon.of(l);
      TreeSet<String> words = new TreeSet<>(lex.triggers());
      words.addAll(LoneStarters.of(l).vocabulary());
      words.addAll(lex.pack().currencies().keySet());
      words.addAll(lex.pack().numerals().keySet());
      out.add(new Pack(l, lex, new ArrayList<>(words)));
    }
    return out;
  }

  private static String text(Pack p, Random r) {
    StringBuilder b = new StringBuilder();
    String prefixes = p.lex.pack().prefixes();
    for (int k = 3 + r.nextInt(30); k > 0; k--) {
      int pick = r.nextInt(100);
      String w;
      if (pick < 40) {
        w = p.words.get(r.nextInt(p.words.size()));
      } else if (pick < 55) {
        w = Integer.toString(r.nextInt(r.nextBoolean() ? 40 : 300000));
      } else if (pick < 70) {
        w = NUMBERS.get(r.nextInt(NUMBERS.size()));
      } else {
        w = MARKS.get(r.nextInt(MARKS.size()));
      }
      if (!prefixes.isEmpty() && r.nextInt(6) == 0) {
        w = prefixes.charAt(r.nextInt(prefixes.length())) + (r.nextBoolean() ? "-" : "") + w;
      }
      switch (r.nextInt(8)) {
        case 0 -> w = w.toUpperCase(Locale.ROOT);
        case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        default -> { }
      }
      int gap = r.nextInt(10);
      b.append(w).append(gap < 3 ? "" : gap == 3 ? "\n" : " ");
    }
    return b.toString();
  }

  /** The text's tokens with the same few tokens blocked (as the marking passes block them). */
  private static Toks toks(String text, long seed) {
    Toks t = Tokenizer.toks(text);
    Random r = new Random(seed);
    for (int i = 0; i < t.size(); i++) {
      t.blocked[i] = r.nextInt(12) == 0;
    }
    return t;
  }

  @Property(tries = 1000)
  void everyTokenIsReadAsTheOldCodeReadItInEveryPack(@ForAll long seed) {
    Random r = new Random(seed);
    for (Pack p : PACKS) {
      String text = text(p, r);
      long blocks = r.nextLong();
      Toks now = toks(text, blocks);
      Toks old = toks(text, blocks);
      QuantityRecognizer q = new QuantityRecognizer(p.lex);
      QuantityOracle.QuantityRecognizer oracle = new QuantityOracle.QuantityRecognizer(p.lex);
      for (int i = 0; i < now.size(); i++) {
        String where = p.lang + " at " + i + " of " + text;
        assertEquals(String.valueOf(QuantityOracle.DigitNumbers.parse(old, i, p.lex)),
            String.valueOf(DigitNumbers.parse(now, i, p.lex)), where); // records of two classes
        assertEquals(QuantityOracle.NumberGrammar.parse(old, i, p.lex),
            NumberGrammar.parse(now, i, p.lex), where);
        assertEquals(oracle.at(old, i), q.at(now, i), where);
      }
    }
  }
}
