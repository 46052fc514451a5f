package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 56 (b), options after a bound: "within 14 years", "not more than 800", "trong vòng",
 * "תוך", "לא יותר מ" bound a figure from above (any larger figure is true of the sentence too,
 * a smaller one false), so its wrong options are smaller; "not less than", "không dưới",
 * "לא פחות מ" bound it from below (wrong options larger). Before the packs knew these phrases,
 * "within" was no hedge and "not more than" read as "more than" (the wrong side). Every text
 * here is made up.
 */
class UpperBoundHedgeTest {
  private static final boolean BELOW = true;
  private static final Pattern NUM = Pattern.compile("\\d+");
  private static final int SEEDS = 30;

  /**
   * Every figure offered for {@code answer} (choice options, false statements' figures) over
   * many seeds lies below it ({@code below}) or above it: none the bound makes true. Under a
   * one-sided bound no honest set of three options exists, so the choice is not made at all;
   * the cloze still asks the figure.
   */
  private static void side(Path dir, String text, String answer, boolean below)
      throws Exception {
    BigDecimal a = new BigDecimal(answer);
    boolean cloze = false;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Result r = RealText.generate(dir, "t" + seed + ".txt", text, seed);
      for (Question q : r.bank().questions()) {
        if (!q.answer().text().equals(answer)) {
          continue;
        }
        cloze |= q.type() == QuestionType.CLOZE;
        List<String> offered = q.type() == QuestionType.CHOICE ? q.options()
            : q.type() == QuestionType.TRUEFALSE ? List.of(q.prompt()) : List.of();
        for (String o : offered) {
          Matcher m = NUM.matcher(o);
          while (m.find()) {
            BigDecimal v = new BigDecimal(m.group());
            if (v.compareTo(a) == 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
              continue; // the answer, or a year of the prompt
            }
            assertTrue(below ? v.compareTo(a) < 0 : v.compareTo(a) > 0,
                answer + " offered as " + v + " in: " + o);
          }
        }
      }
    }
    assertTrue(cloze, "the figure is still asked as a cloze: " + answer);
  }

  /** The side the pack's hedges give a figure after {@code before}. */
  private static HedgePolicy.Side hedge(Language lang, String before) {
    return new HedgePolicy().side(lang, before);
  }

  @Test
  void boundPhrasesReadOnTheirSideInEveryPack() {
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.EN, "cleared the valley within "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.EN, "to keep not more than "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.EN, "it could seat a maximum of "));
    assertEquals(HedgePolicy.Side.ABOVE, hedge(Language.EN, "ordered that not less than "));
    assertEquals(HedgePolicy.Side.ABOVE, hedge(Language.EN, "a garrison of not fewer than "));
    assertEquals(HedgePolicy.Side.ABOVE, hedge(Language.EN, "the law required a minimum of "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.VI, "khai phá thung lũng trong vòng "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.VI, "mỗi thuyền chở nhiều nhất "));
    assertEquals(HedgePolicy.Side.ABOVE, hedge(Language.VI, "ra lệnh cho không dưới "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.VI, "ra lệnh cho dưới "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.HE, "הם עיבדו את העמק תוך "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.HE, "הם עיבדו את העמק בתוך "));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.HE, "להחזיק בעיר לא יותר מ-"));
    assertEquals(HedgePolicy.Side.BELOW, hedge(Language.HE, "להחזיק בעיר לכל היותר "));
    assertEquals(HedgePolicy.Side.ABOVE, hedge(Language.HE, "להחזיק בעיר לא פחות מ-"));
    assertEquals(HedgePolicy.Side.ABOVE, hedge(Language.HE, "להחזיק בעיר יותר מ-"));
    // "מתוך 120" (out of 120) names a whole: no bound.
    assertEquals(HedgePolicy.Side.EITHER, hedge(Language.HE, "שלושה מתוך "));
  }

  @Test
  void withinBoundsACountFromAboveInProse(@TempDir Path dir) throws Exception {
    side(dir, "The Varn colony\n\nIn 1642 settlers from Brask landed on the Varn coast. They"
        + " had cleared the whole valley within 14 years of their landing, and they built its"
        + " first stone church in 1671.\n", "14", BELOW);
  }

  @Test
  void withinBoundsADistanceAtTheStartOfASentence(@TempDir Path dir) throws Exception {
    side(dir, "The Ossel forts\n\nWithin 60 miles of the capital, the engineers of King Tarn"
        + " raised eleven forts between 1702 and 1709.\n", "60", BELOW);
  }

  @Test
  void trongVongBoundsADistanceFromAbove(@TempDir Path dir) throws Exception {
    side(dir, "Pháo đài Ossel\n\nTrong vòng 60 dặm quanh kinh đô, các kỹ sư của vua Tarn đã"
        + " dựng mười một pháo đài từ năm 1702 đến năm 1709.\n", "60", BELOW);
  }

  @Test
  void tochBoundsACountFromAboveInHebrew(@TempDir Path dir) throws Exception {
    side(dir, "המושבה וארן\n\nבשנת 1642 נחתו מתיישבים מבראסק בחוף וארן. הם עיבדו את כל העמק"
        + " תוך 14 שנים מן הנחיתה, ובשנת 1671 בנו בו את כנסיית האבן הראשונה.\n", "14", BELOW);
  }
}
