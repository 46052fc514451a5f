package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The sentence rules read without ICU give exactly ICU's sentence boundaries, in every pack's
 * locale, for every text they accept: texts drawn from characters of every sentence-break class
 * (terminators, closing quotes and brackets, spaces, both cases, caseless letters, digits,
 * commas and colons, line feeds, other marks) in short alphabets so that they meet in every
 * order, and from words and punctuation as prose writes them.
 */
class SentenceRulesTest {
  /** Characters of each class, a few of other scripts among them. */
  private static final String[] CHARS = {".", "!", "?", "\u0589", "\u3002", "\u2024",
      "\"", ")", "(", "\u201d", "\u201c", "'", "\u00bb", "]", "[", " ", "\u00a0", "\u2009",
      "a", "z", "\u00e9", "\u1ea1", "\u0434", "A", "Z", "\u00c9", "\u0414", "\u05d0",
      "\u05e9", "\u4e00", "1", "9", "\u0663", ",", ":", ";", "-", "\u2013", "\n", "$", "%",
      "\u2026", "*", "\u05f4", "\u05be", "\u05c3"};
  /** Characters ICU's rules treat apart (marks, format controls, CR, separators, surrogates). */
  private static final String[] REFUSED = {"\u0301", "\u05b7", "\u200e", "\u200f", "\r",
      "\u2028", "\u0085", "\uD835\uDC1A"};

  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.of(CHARS).list().ofMinSize(0).ofMaxSize(30)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of("The", "war", "ended", "U.S.", "St.", "in", "1945", "3.5", "e.g.",
        "Dr.", "a.m.", "\"Yes.\"", "(1918).", "...", "\u2026", "He", "said:", "no,", "ngày",
        "Tháng", "\u05d1\u05e9\u05e0\u05ea", "\u05e6\u05d4\"\u05dc", "\u0412\u043e\u0439\u043d\u0430",
        ".", "?", "!", ")", "\u201d", "[1]", " ", " ", " ", "  ", "\n", "\n\n", "x.y", "Mr.Smith")
        .list().ofMinSize(0).ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 6000, seed = "11")
  void boundariesAreIcusInEveryPackLocale(@ForAll("mixed") String text) {
    check(text);
  }

  @Property(tries = 3000, seed = "11")
  void boundariesOfProseAreIcus(@ForAll("prose") String text) {
    check(text);
  }

  @Test
  void aTextHoldingAMarkAFormatControlOrACarriageReturnIsLeftToIcu() {
    for (String c : REFUSED) {
      assertFalse(SentenceRules.covers("One. Two" + c + " three."), c);
    }
    assertTrue(SentenceRules.covers("One. Two three."));
  }

  private static void check(String text) {
    SentenceRules rules = new SentenceRules(BreakIterator.getSentenceInstance());
    rules.setText(text);
    if (!rules.own()) {
      return;
    }
    List<Integer> got = new ArrayList<>();
    got.add(0);
    for (int b = rules.next(); b != SentenceRules.DONE; b = rules.next()) {
      got.add(b);
    }
    for (Language l : Language.values()) {
      BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(l.code()));
      it.setText(text);
      List<Integer> want = new ArrayList<>();
      for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
        want.add(b);
      }
      if (text.isEmpty()) {
        want = List.of(0);
      }
      assertEquals(want, got, l + " " + text.replace("\n", "\\n"));
    }
  }
}
