package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Sparing the recognizers at a trigger word that makes no fact alone, before a word of no pack
 * list, is exact: wherever it spares them, both recognizers find nothing there (so the
 * extractor's loop moves on to the next token as it would have). Checked on generated texts of
 * each pack's own words (trigger words, every listed word, with prefix letters), invented
 * words, digits and marks, run through the extractor's own marking steps.
 */
class LoneStartersTest {
  private static final List<String> MARKS = List.of(".", ",", "-", "–", "%", "$", "(", ")",
      "/", ":", "'", "\"", "״", "׳", "€", "₫", "\n\n");

  /** One pack's pools of words, built once per language. */
  private record Pools(Language lang, Lexicon lex, DateRecognizer dates, QuantityRecognizer qty,
      LoneStarters lone, List<String> triggers, List<String> vocabulary, List<String> invented) {
    static Pools of(Language l) {
      Lexicon lex = Lexicon.of(l);
      DateRecognizer d = DateRecognizer.of(lex);
      QuantityRecognizer q = new QuantityRecognizer(lex);
      LoneStarters lone = LoneStarters.of(lex, d, q);
      List<String> vocab = new ArrayList<>(new TreeSet<>(lone.vocabulary()));
      // Invented words: letters of the pack's own words, in new orders (mostly no pack word).
      Random r = new Random(l.code().hashCode());
      StringBuilder letters = new StringBuilder();
      vocab.forEach(letters::append);
      List<String> invented = new ArrayList<>();
      for (int k = 0; k < 400; k++) {
        StringBuilder w = new StringBuilder();
        for (int c = 2 + r.nextInt(6); c > 0; c--) {
          char ch = letters.charAt(r.nextInt(letters.length()));
          if (Character.isLetter(ch)) {
            w.append(ch);
          }
        }
        if (w.length() > 0) {
          invented.add(w.toString());
        }
      }
      return new Pools(l, lex, d, q, lone, new ArrayList<>(new TreeSet<>(lex.triggers())), vocab,
          invented);
    }
  }

  private static final List<Pools> POOLS = pools();

  private static List<Pools> pools() {
    List<Pools> out = new ArrayList<>();
    for (Language l : Language.values()) {
      out.add(Pools.of(l));
    }
    return out;
  }

  private static Pools english() {
    return POOLS.stream().filter(p -> p.lang.equals(Language.EN)).findFirst().orElseThrow();
  }

  private static String text(Pools p, Random r) {
    StringBuilder b = new StringBuilder();
    String prefixes = p.lex.pack().prefixes();
    for (int k = 5 + r.nextInt(30); k > 0; k--) {
      int pick = r.nextInt(100);
      String w;
      if (pick < 35) {
        w = p.triggers.get(r.nextInt(p.triggers.size()));
      } else if (pick < 55) {
        w = p.vocabulary.get(r.nextInt(p.vocabulary.size()));
      } else if (pick < 75) {
        w = p.invented.get(r.nextInt(p.invented.size()));
      } else if (pick < 87) {
        w = Integer.toString(r.nextInt(r.nextBoolean() ? 40 : 3000));
      } else {
        w = MARKS.get(r.nextInt(MARKS.size()));
      }
      if (r.nextInt(8) == 0) { // an invented word with a plural or adjective ending: "pilots"
        List<String> ends = new ArrayList<>(p.lex.words(WordList.PLURAL_ENDINGS));
        ends.addAll(p.lex.words(WordList.ADJECTIVE_ENDINGS));
        w = p.invented.get(r.nextInt(p.invented.size()))
            + (ends.isEmpty() ? "" : ends.get(r.nextInt(ends.size())));
      }
      if (!prefixes.isEmpty() && r.nextInt(6) == 0) {
        w = prefixes.charAt(r.nextInt(prefixes.length())) + w;
      }
      switch (r.nextInt(8)) {
        case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
        case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        default -> { }
      }
      b.append(w).append(r.nextInt(5) == 0 ? "" : " ");
    }
    return b.toString();
  }

  @Property(tries = 1500, seed = "1616")
  void sparedPlacesStartNoFact(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
    Random r = new Random(seed);
    for (Pools p : POOLS) {
      String text = text(p, r);
      Toks marked = Tokenizer.toks(text);
      NonFacts.mark(marked, p.lex);
      MarkupNumbers.mark(marked);
      GluedDates.mark(marked, p.lex);
      Toks t = marked.withoutCitations();
      for (int i = 0; i < t.size(); i++) {
        if (p.lone.spares(t, i, p.lex)) {
          Statistics.label("spared").collect(true);
          assertNull(p.dates.at(t, i), () -> "date at " + t.norm(0) + "… in: " + text);
          assertNull(p.qty.at(t, i), () -> "quantity in: " + text);
        }
      }
    }
  }

  @Test
  void articlesAreSparedBeforeAPlainWordButNotBeforeANumeral() {
    Pools en = english();
    Toks plain = Tokenizer.toks("a zebra");
    assertTrue(en.lone.spares(plain, 0, en.lex), "'a' before a word of no list");
    Toks numeral = Tokenizer.toks("a hundred");
    assertTrue(!en.lone.spares(numeral, 0, en.lex), "'a hundred' is a number");
    assertTrue(new FactExtractor().extract(new Document("t", "a hundred", Language.EN)).size() == 1);
  }

  @Test
  void aNumeralBeforeAPluralNounThatIsTheSubjectIsNotSpared() {
    Pools en = english();
    Toks t = Tokenizer.toks("Two pilots was");
    assertTrue(!en.lone.spares(t, 0, en.lex), "'pilots' is a count noun by its ending");
  }

  @Test
  void wordsThatMakeAFactAloneAreNeverSpared() {
    Pools en = english();
    for (String w : Set.of("twelve", "may", "christmas")) {
      Toks t = Tokenizer.toks(w + " zebra");
      assertTrue(!en.lone.spares(t, 0, en.lex), w);
    }
  }
}
