package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quotation page's attributions ("~ Name, letter, 2004", "— Name, A Book (1901)", a bulleted
 * sub-item "Name, Statement, 4 May 1914." under a quoted item) name a source: their dates are
 * never asked, while a sentence's own figures are, and "~500" (about 500) is no attribution.
 * Every text is made up.
 */
class AttributionsTest {

  private static List<String> prompts(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE)
        .map(Question::prompt).toList();
  }

  @Test
  void aTildeAttributionsYearIsNeverAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", """
        תוכנית הגשרים

        תוכנית הגשרים היא השם שניתן לתוכנית שבוצעה בקיץ 1931 ובה נבנו 14 גשרים על נהר הירדן הקטן.

        ציטוטים
          • "הגשרים החדשים יחברו את הכפרים הרחוקים זה לזה ויביאו שגשוג ושלום לכל יושבי העמק ולכל הסוחרים שבאים אליו." ~ פלוני אלמוני, מכתב לראש המועצה, 1930
          • "אין צורך בגשרים נוספים, כי הדרכים הישנות טובות דיין לכל מי שעובר בהן בימות הקיץ ובימות החורף." ~פלוני אחר לחברי המועצה, שנפגשו עמו בשנת 1932
          • "הגשר הוא לב העמק, ובלעדיו לא יכלו האיכרים להביא את פירותיהם אל השוק שבעיר הגדולה." ~ אלמוני, נאום, 1933
        """);
    List<String> p = prompts(r);
    assertFalse(p.isEmpty(), r.report().format(r.bank()));
    assertTrue(p.stream().noneMatch(s -> s.contains("~")), String.join("\n", p));
  }

  @Test
  void aBulletedSubItemNamingTheSpeakerIsNoFact(@TempDir Path dir) throws Exception {
    Random rnd = new Random(20);
    for (int k = 0; k < 6; k++) {
      int year = 1850 + rnd.nextInt(150);
      Result r = RealText.generate(dir, "t" + k + ".txt", """
          The Vensa Bridges

          The Vensa bridge programme, begun in the summer of 1931, built 14 bridges over the river.

          Quotes
            • The bridges will join the villages to one another and bring plenty to the valley.
              • Arno P. Keller, Statement, to the Valley Council, Opening of the Works, May 4, %d.
            • Nothing will join us so much as a road that all can walk.
              — Dora Vell, The Valley Roads (%d)
          """.formatted(year, year + 1));
      List<String> p = prompts(r);
      assertFalse(p.isEmpty(), r.report().format(r.bank()));
      assertTrue(p.stream().noneMatch(s -> s.contains("Keller") || s.contains("Dora Vell")),
          String.join("\n", p));
    }
  }

  @Test
  void aTildeBeforeAFigureMeansAboutAndTheFigureIsAsked() {
    String text = "In 1931 the works employed ~500 men on the river.";
    assertFalse(Attributions.attributed(text, text.indexOf("500")));
    String quoted = "\"We built them all.\" ~ Arno Keller, letter, 1930";
    assertTrue(Attributions.attributed(quoted, quoted.indexOf("1930")));
    assertEquals(false, Attributions.attributed("  • Arno Keller, who built 14 bridges in 1931, "
        + "retired.", 30)); // not indented under an item: a sentence about a man
  }
}
