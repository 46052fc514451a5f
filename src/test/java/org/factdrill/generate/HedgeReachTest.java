package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, honest options (hedge15): under an approximation hedge a wrong value lies outside the
 * hedge's reach, which is at least one unit ("about 7" is not falsified by 8), for choice
 * options and false statements, with every "about" hedge of the en, vi and he packs; a count of
 * the members of a stated whole ("N of the M", "N trong số M", "N מתוך M") gets wrong values
 * between zero and the whole, and a blanked whole stays above its part. Sentences are invented.
 */
class HedgeReachTest {
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE};
  private static final String[] HEDGED = {
      "The old fortress held out for H{{N|number|N}} weeks before the garrison gave up.",
      "Pháo đài cũ đã cầm cự được H{{N|number|N}} tuần trước khi quân đồn trú đầu hàng.",
      "המבצר הישן החזיק מעמד H{{N|number|N}} שבועות לפני שחיל המצב נכנע."};

  @Test
  void aWrongValueUnderEveryApproximateHedgeLiesBeyondOneUnitAndTheMargin() {
    int options = 0;
    int statements = 0;
    for (int li = 0; li < LANGS.length; li++) {
      Language l = LANGS[li];
      for (String hedge : aboutHedges(l)) {
        String written = hedge.endsWith("-") || hedge.endsWith("\u05be") || hedge.equals("כ")
            ? hedge : hedge + " ";
        for (int n = 2; n <= 40; n += 3) {
          String s = HEDGED[li].replace("H{{N|number|N}}", written + "{{" + n + "|number|" + n
              + "|~}}");
          Result r = Fixtures.generate(n * 31L + li, Fixtures.doc("t.txt", l, s + "\n"));
          for (Question q : r.bank().questions()) {
            if (q instanceof Question.Choice c) {
              for (String o : c.options()) {
                int x = Integer.parseInt(o.replaceAll("\\D", ""));
                if (x != n) {
                  assertHonest(n, x, l + " " + hedge + " " + c.prompt() + " " + c.options());
                  options++;
                }
              }
            } else if (q instanceof Question.TrueFalse tf && !tf.truth()) {
              Matcher m = Pattern.compile("\\d+").matcher(tf.prompt());
              assertTrue(m.find(), tf.prompt());
              assertHonest(n, Integer.parseInt(m.group()), l + " " + tf.prompt());
              statements++;
            }
          }
        }
      }
    }
    assertTrue(options > 100, "options seen: " + options);
    assertTrue(statements > 20, "false statements seen: " + statements);
  }

  /** Oracle: never the next value, and clear of a tenth either side. */
  private static void assertHonest(int n, int x, String where) {
    assertTrue(Math.abs(x - n) >= 2, "one unit away under a hedge: " + x + " for " + n + ", "
        + where);
    assertTrue(x * 1.1 < n * 0.9 || x * 0.9 > n * 1.1, "inside the margin: " + where);
  }

  @Test
  void aHedgeNotRightBeforeTheFigureStillKeepsTheReach() {
    // The extractor read the figure as approximate; the words right before it name no side.
    Fact f = new Fact(0, 1, "7", FactKind.NUMBER, new Value.Num(BigDecimal.valueOf(7)), null,
        true, null);
    assertEquals(HedgePolicy.Side.AROUND,
        HonestOptions.side(new HedgePolicy(), Language.EN, "the siege lasted ", f));
    Fact exact = new Fact(0, 1, "7", FactKind.NUMBER, new Value.Num(BigDecimal.valueOf(7)), null,
        false, null);
    assertEquals(HedgePolicy.Side.EITHER,
        HonestOptions.side(new HedgePolicy(), Language.EN, "the siege lasted ", exact));
  }

  @Test
  void theReachOfAFractionIsOneUnitOfItsLastDigit() {
    assertFalse(HedgeMargin.clearOf(new BigDecimal("2.5"), new BigDecimal("2.7")));
    assertTrue(HedgeMargin.clearOf(new BigDecimal("2.5"), new BigDecimal("3.5")));
    assertFalse(HedgeMargin.clearOf(BigDecimal.valueOf(7), BigDecimal.valueOf(8)));
    assertFalse(HedgeMargin.clearOf(BigDecimal.valueOf(7), BigDecimal.valueOf(5)));
    assertTrue(HedgeMargin.clearOf(BigDecimal.valueOf(7), BigDecimal.valueOf(10)));
  }

  private static final String[] PARTS = {
      "In the spring vote, {{N|number|N}} of the {{M|number|M}} provinces approved the new charter.",
      "Trong cuộc bỏ phiếu mùa xuân, {{N|number|N}} trong số {{M|number|M}} tỉnh đã thông qua hiến chương mới.",
      "בהצבעה באביב אישרו {{N|number|N}} מתוך {{M|number|M}} המחוזות את האמנה החדשה."};

  @Test
  void aCountOfMembersOfAStatedWholeKeepsItsWrongValuesInsideTheWhole() {
    SplittableRandom rnd = new SplittableRandom(15);
    int parts = 0;
    int wholes = 0;
    for (int i = 0; i < 90; i++) {
      int li = i % 3;
      int m = 3 + rnd.nextInt(60);
      int n = 1 + rnd.nextInt(m - 1);
      String s = PARTS[li].replace("{{N|number|N}}", "{{" + n + "|number|" + n + "}}")
          .replace("{{M|number|M}}", "{{" + m + "|number|" + m + "}}");
      Result r = Fixtures.generate(i, Fixtures.doc("t.txt", LANGS[li], s + "\n"));
      for (Question q : r.bank().questions()) {
        boolean partAsked = q.facts().get(0).text().equals(String.valueOf(n));
        for (int x : shown(q, partAsked ? m : n)) {
          if (partAsked && x != n) {
            assertTrue(x > 0 && x < m, x + " of the " + m + ": " + q.prompt());
            parts++;
          } else if (!partAsked && x != m) {
            assertTrue(x > n, n + " of " + x + ": " + q.prompt());
            wholes++;
          }
        }
      }
    }
    assertTrue(parts > 50 && wholes > 20, "wrong parts " + parts + ", wholes " + wholes);
  }

  @Test
  void aWholeWrittenAsOneNumberWordBoundsThePart() {
    int seen = 0;
    for (int n = 2; n <= 11; n++) {
      Result r = Fixtures.generate(n, Fixtures.doc("t.txt", Language.EN, "In the spring vote, {{"
          + n + "|number|" + n + "}} of the twelve provinces approved the new charter.\n"));
      for (Question q : r.bank().questions()) {
        for (int x : shown(q, -1)) {
          assertTrue(x > 0 && x < 12, x + " of the twelve: " + q.prompt());
          seen++;
        }
      }
    }
    assertTrue(seen > 10, "values seen: " + seen);
  }

  /** A choice's values, or a false statement's figures but one {@code other} (the one kept). */
  private static List<Integer> shown(Question q, int other) {
    List<Integer> out = new ArrayList<>();
    if (q instanceof Question.Choice c) {
      for (String o : c.options()) {
        if (o.matches("\\d+")) {
          out.add(Integer.parseInt(o));
        }
      }
    } else if (q instanceof Question.TrueFalse tf && !tf.truth()) {
      Matcher mm = Pattern.compile("\\d+").matcher(tf.prompt());
      while (mm.find()) {
        out.add(Integer.parseInt(mm.group()));
      }
      out.remove(Integer.valueOf(other));
    }
    return out;
  }

  private static List<String> aboutHedges(Language l) {
    List<String> out = new ArrayList<>();
    for (String line : LangWords.lines(l, "hedges")) {
      String[] p = line.split("\t", 2);
      if (p.length == 2 && "about".equals(p[0].strip())) {
        out.add(p[1].strip());
      }
    }
    return out;
  }
}
