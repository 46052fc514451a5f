package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A span counted from an unstated time ("over the next 40 years", "within two years", "shortly
 * afterwards", "trong ba năm tiếp theo", "thêm 3 năm nữa", "כעבור זמן קצר", "במהלך שלוש
 * השנים הבאות") leaves the time of its clause open: the fact is asked only when its own sentence
 * states a time (a year, a full date, the blank's own date); a duration that is the asked value
 * likewise. Otherwise it is not asked ({@code relative_time}). Made-up texts; each phrase of the
 * lists is tried with and without a year in its sentence.
 */
class RelativeSpanNeedsItsStartTest {

  private static Result en(String sentence) {
    return Fixtures.generate(Language.EN, "The Quorvex Garrison\n\n" + sentence + "\n");
  }

  @Test
  void aDurationAskedFromAnUnstatedStartIsNotAsked() {
    Result r = en("The planters' campaigns for union with Quorvex over the next {{40|number|40}}"
        + " years failed in the assembly.");
    assertEquals(List.of(), Fixtures.clozes(r, "40"));
    assertTrue(Fixtures.skipped(r, SkipReason.RELATIVE_TIME, "40"), r.report().toString());
  }

  @Test
  void aDurationAskedWithItsStartOnScreenIsAsked() {
    Result r = en("The islands were annexed in {{1898|date|1898}}, and the planters' campaigns for"
        + " union with Quorvex over the next {{40|number|40}} years failed in the assembly.");
    assertEquals(1, Fixtures.clozes(r, "40").size(), r.report().toString());
  }

  @Test
  void aClauseDatedOnlyBySpanPhrasesIsNotAskedInAnyPack() {
    String[][] cases = {
        {"en", "Within two years the Quorvex garrison had grown to {{9,000|number|9000}}"
            + " soldiers and sailors.", "Within two years"},
        {"en", "Shortly afterwards the Quorvex garrison had grown to {{9,000|number|9000}}"
            + " soldiers and sailors.", "Shortly afterwards"},
        {"en", "In the following decade the Quorvex garrison grew to {{9,000|number|9000}}"
            + " soldiers and sailors.", "In the following decade"},
        {"en", "A few years later the Quorvex garrison had grown to {{9,000|number|9000}}"
            + " soldiers and sailors.", "A few years later"},
        {"en", "The Quorvex garrison kept its stockade for {{nine|number|9}} more years against"
            + " the planters.", "for nine more years"},
        {"vi", "Trong ba năm tiếp theo, quân đồn trú Quorvex đã tăng lên {{9.000|number|9000}}"
            + " binh sĩ và thủy thủ.", "Trong ba năm tiếp theo"},
        {"vi", "Quân Quorvex giữ các đồn lũy ven sông thêm {{3|number|3}} năm nữa trước khi rút"
            + " về.", "thêm 3 năm nữa"},
        {"vi", "Ít lâu sau, quân đồn trú Quorvex đã tăng lên {{9.000|number|9000}} binh sĩ và"
            + " thủy thủ.", "Ít lâu sau"},
        {"he", "במהלך שלוש השנים הבאות גדל חיל המצב של קוורווקס ל-{{9,000|number|9000}} חיילים"
            + " ומלחים.", "במהלך שלוש השנים הבאות"},
        {"he", "המפקד של קוורווקס נפצע בקרב, וכעבור זמן קצר נעצרו {{שלושה|number|3}}"
            + " מהתוקפים בעיר.", "וכעבור זמן קצר"},
        {"he", "תוך שנתיים גדל חיל המצב של קוורווקס ל-{{9,000|number|9000}} חיילים"
            + " ומלחים.", "תוך שנתיים"},
    };
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String answer = c[1].replaceAll("(?s).*\\{\\{([^|]+)\\|.*", "$1");
      Result r = Fixtures.generate(lang, "Quorvex\n\n" + c[1] + "\n");
      assertEquals(List.of(), Fixtures.clozes(r, answer), c[1]);
      assertTrue(r.report().skipped().stream().anyMatch(k -> k.reason() == SkipReason.RELATIVE_TIME
          && k.text().equals(answer) && c[2].equals(k.detail())), c[1] + " " + r.report());
    }
  }

  @Test
  void theSameClauseWithAYearInItsSentenceIsAsked() {
    String[][] cases = {
        {"en", "Founded in {{1950|date|1950}}, within two years the Quorvex garrison had grown to"
            + " {{9,000|number|9000}} soldiers and sailors."},
        {"en", "Shortly afterwards, in {{1950|date|1950}}, the Quorvex garrison had grown to"
            + " {{9,000|number|9000}} soldiers and sailors."},
        {"vi", "Sau {{năm 1950|date|1950}}, trong ba năm tiếp theo, quân đồn trú Quorvex đã tăng lên"
            + " {{9.000|number|9000}} binh sĩ và thủy thủ."},
        {"he", "לאחר {{1950|date|1950}}, במהלך שלוש השנים הבאות גדל חיל המצב של קוורווקס ל-{{9,000|number|9000}}"
            + " חיילים ומלחים."},
    };
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String answer = c[1].replaceAll("(?s).*\\{\\{([^|]+)\\|.*", "$1");
      Result r = Fixtures.generate(lang, "Quorvex\n\n" + c[1] + "\n");
      assertEquals(1, Fixtures.clozes(r, answer).size(), c[1] + " " + r.report());
    }
  }

  @Test
  void aSpanBeforeTheAskedDateIsDatedByThatDate() {
    Result r = en("Shortly afterwards, on {{5 May 1950|date|1950-05-05}}, the Quorvex garrison"
        + " surrendered to the planters.");
    assertEquals(1, Fixtures.clozes(r, "5 May 1950").size(), r.report().toString());
  }

  @Test
  void aSingleYearCountedFromTheYearBeforeIsStillResolvedAndShown() {
    Result r = en("The Quorvex garrison was founded in {{1950|date|1950}}. In the following year"
        + " the garrison had grown to {{9,000|number|9000}} soldiers and sailors.");
    assertTrue(Fixtures.clozes(r, "9,000").get(0).prompt().contains("(1951)"),
        r.report().toString());
  }

  @Test
  void everyCountAndUnitOfASpanIsASpanButOneYearOrACountFromAnEventIsNot() {
    RelativeTime rt = new RelativeTime();
    String[] counts = {"2", "12", "40", "two", "twelve", "forty", "several"};
    String[] units = {"years", "months", "decades"};
    String[] heads = {"over the next %s %s", "during the following %s %s", "within %s %s",
        "in the ensuing %s %s"};
    for (String n : counts) {
      for (String u : units) {
        for (String h : heads) {
          String phrase = String.format(h, n, u);
          String text = "The garrison grew " + phrase + " to its full strength.";
          List<RelativeTime.Found> f = rt.find(Language.EN, text, 0, text.length());
          assertEquals(1, f.size(), text);
          assertEquals(RelativeTime.Kind.SPAN, f.get(0).kind(), text);
          assertEquals(phrase, f.get(0).text(), text);
        }
      }
    }
    // "within ten years of its founding" counts from an event, like "two years after the war".
    for (String one : new String[] {"the following year", "in the next year", "two years later",
        "within ten years of its founding", "within two years after the war"}) {
      String text = "The garrison grew " + one + " to its full strength.";
      assertTrue(rt.find(Language.EN, text, 0, text.length()).stream()
          .noneMatch(x -> x.kind() == RelativeTime.Kind.SPAN), text);
    }
  }
}
