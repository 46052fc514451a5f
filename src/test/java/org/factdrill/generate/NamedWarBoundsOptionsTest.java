package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 35 of the eighteenth review (= seventeenth class 10, eighteenth class 31): a choice
 * whose prompt names a war the page gives a span for takes its wrong years inside that span,
 * however the page writes the span: in brackets after the name at a sentence's start ("The Tarn
 * War (…)", the article capitalised by its place), in brackets under a title line, or in prose
 * with the name after a fronted phrase or in apposition ("In the north, the Tarn War raged from
 * … to …", "Their last conflict, the Tarn War, lasted from …"). An event that ends the war, in its
 * last year, has no wrong year after the war (they were all after it). The texts, names and
 * years are invented; the real extractor reads them.
 */
class NamedWarBoundsOptionsTest {
  /** How the page states the war's span: {@code %1$d} its first year, {@code %2$d} its last. */
  private static final String[] SPANS = {
      "The Tarn War (%1$d–%2$d) was the last of their conflicts.",
      "In the north, the Tarn War raged from %1$d to %2$d.",
      "Their last conflict, the Tarn War, lasted from %1$d to %2$d.",
      "Their last conflict, the Tarn War, was fought from %1$d until %2$d, mostly in the hills.",
  };

  /** The events of the war the questions ask ({@code %3$d} a year inside, {@code %2$d} its end). */
  private static final String EVENTS = "The Brevian army took the fortress of Kell during the"
      + " Tarn War in %3$d. In %2$d, Aldoria and Brevia signed the Treaty of Holm, ending the Tarn"
      + " War. A monument to the fallen was raised at Kell in %4$d.";

  private static String page(String span, int from, int to, boolean titleRightAbove) {
    String title = "Conflicts of the northern valleys\n\n";
    String lead = "Aldoria and Brevia quarrelled over the northern valleys for decades.";
    String body = titleRightAbove ? span.formatted(from, to) + " " + lead
        : lead + " " + span.formatted(from, to);
    return title + body + " " + EVENTS.formatted(from, to, from + 3, to + 25) + "\n";
  }

  @Test
  void aChoiceNamingAWarTakesWrongYearsInsideTheSpanThePageGivesIt() {
    List<String> failures = new ArrayList<>();
    int asked = 0;
    int[][] wars = {{1846, 1859}, {1702, 1714}, {1911, 1922}};
    for (String span : SPANS) {
      for (int[] w : wars) {
        for (boolean above : new boolean[] {false, true}) {
          String text = page(span, w[0], w[1], above);
          Result r = Fixtures.extracted(Language.EN, text);
          for (Question q : r.bank().questions()) {
            if (q.type() != QuestionType.CHOICE || !q.prompt().contains("Tarn War")
                || q.prompt().contains(w[0] + "")) {
              continue;
            }
            asked++;
            for (String o : Fixtures.shownYears(q)) {
              int y = Integer.parseInt(o.replaceAll("\\D", ""));
              if (y < w[0] || y > w[1]) {
                failures.add(o + " outside " + w[0] + "–" + w[1] + ": " + q.prompt()
                    + " | " + span);
              }
            }
          }
        }
      }
    }
    assertTrue(asked >= 24, "choices naming the war asked: " + asked);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void aBracketsNameStopsAtTheLineAboveAndLosesItsArticle() {
    String text = "Conflicts of the valleys\nThe Tarn War (1846–1859) was long.";
    String name = NamedSpans.name(text, text.indexOf('('));
    assertTrue("The Tarn War".equals(name), name);
    assertTrue("Tarn War".equals(NamedSpans.withoutArticle(Language.EN, name)));
  }

  @Test
  void aNameAfterAPrepositionsArticleIsNoSubjectOfTheSpan() {
    assertTrue(StatedSpans.subjectsAfterComma(Language.EN,
        "In the north, the fortress was held by the Brevian Army from ").isEmpty());
    assertTrue(StatedSpans.subjectsAfterComma(Language.EN,
        "Aldoria fought Cordia, the Brevians and the Holm League from ").isEmpty());
    assertFalse(StatedSpans.subjectsAfterComma(Language.EN,
        "After a long truce, the Tarn War broke out again and lasted from ").isEmpty());
  }
}
