package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.text.Ellipses;
import org.junit.jupiter.api.Test;

/** A prompt never shows a quotation that does not end or that begins in mid-air (rubric line 4). */
class QuoteCutTest {
  private static final String HE = "ובהלמכש";

  @Test
  void aQuotationLeftOpenByTheCutIsClosedAfterAnEllipsis() {
    assertEquals("He said: “we hold the fort until _____ …”",
        QuoteCut.mended("He said: “we hold the fort until _____ …", ""));
    assertEquals("Ông tuyên bố: \"Chúng tôi sẽ giữ thành đến _____ …\"",
        QuoteCut.mended("Ông tuyên bố: \"Chúng tôi sẽ giữ thành đến _____.", ""));
    assertEquals("«… держали до _____» — сказал он.",
        QuoteCut.mended("… держали до _____» — сказал он.", ""));
  }

  @Test
  void gershayimAreNoQuotationButAQuotationAfterAPrefixIs() {
    String acronyms = "רמטכ\"ל צה\"ל והח\"כים נפגשו ב-_____ בתל אביב.";
    assertEquals(acronyms, QuoteCut.mended(acronyms, HE));
    String quoted = "ההכרזה נעשתה ב-_____ ב\"בית דיזנגוף\" שבשדרות רוטשילד.";
    assertEquals(quoted, QuoteCut.mended(quoted, HE));
    assertEquals("הוא אמר: \"נחזיק עד _____ …\"", QuoteCut.mended("הוא אמר: \"נחזיק עד _____ …", HE));
  }

  @Test
  void aMendedPromptShowsNoEllipsisOfItsSource() {
    assertFalse(Ellipses.shown(QuoteCut.mended("He said: \"we hold the fort until _____ …", "")));
    assertFalse(Ellipses.shown(QuoteCut.mended("… we hold the fort until _____.\" he said.", "")));
  }

  @Provide
  Arbitrary<String> cutQuotations() {
    Arbitrary<List<String>> before = Arbitraries.of("the", "envoy", "צה\"ל", "said", "ב\"בית", "in",
        "_____").list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<List<String>> inside = Arbitraries.of("we", "hold", "the", "fort", "until",
        "_____", "spring").list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<String[]> marks = Arbitraries.of(new String[] {"“", "”"}, new String[] {"«", "»"},
        new String[] {"„", "”"}, new String[] {"\"", "\""});
    return Combinators.combine(before, inside, before, marks, Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 20)).as((b, q, a, m, i, j) -> {
          List<String> words = new ArrayList<>(b);
          List<String> quote = new ArrayList<>(q);
          quote.set(0, m[0] + quote.get(0));
          quote.set(quote.size() - 1, quote.get(quote.size() - 1) + m[1]);
          words.addAll(quote);
          words.addAll(a);
          int from = Math.min(i, words.size() - 1);
          int to = Math.max(from + 1, words.size() - Math.min(j, words.size() - 1));
          return (from > 0 ? "… " : "") + String.join(" ", words.subList(from, to))
              + (to < words.size() ? " …" : ".");
        });
  }

  /** A quotation cut anywhere is mended so that its marks pair, and mending again keeps it. */
  @Property(tries = 300, seed = "1616")
  void aCutQuotationIsMendedSoItsMarksPair(@ForAll("cutQuotations") String prompt) {
    String once = QuoteCut.mended(prompt, HE);
    assertEquals(once, QuoteCut.mended(once, HE), prompt);
    String plain = once.replaceAll("(?<=\\p{L})\"(?=\\p{L}(?!\\p{L}))", "");
    long opened = plain.chars().filter(c -> c == '“' || c == '«' || c == '„').count();
    long closed = plain.chars().filter(c -> c == '”' || c == '»').count();
    assertEquals(opened, closed, once);
    assertEquals(0, plain.replace("ב\"", "\"").chars().filter(c -> c == '"').count() % 2, once);
    assertFalse(Ellipses.shown(once), once);
  }
}
