package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 3: a number after a designator (a hill, height, route or unit named by
 * its number) is a label, never a blank; the same number counting something is asked. Every
 * entry of every pack's designators.txt is tried in a made-up sentence, so the rule is the
 * data's, not one phrase's.
 */
class DesignatorsTest {

  private static final String[][] FRAMES = {
      // language, sentence with the designator and number, sentence with a counted noun
      {"vi", "Năm 1984, quân đội tiến về %s 47 ở phía bắc tỉnh Plimsoll.",
          "Năm 1984, quân đội tiến về phía bắc tỉnh Plimsoll với 47 xe tăng."},
      {"en", "In 1984 the army moved up to %s 47 in the north of Plimsoll province.",
          "In 1984 the army moved up with 47 tanks in the north of Plimsoll province."},
      {"he", "בשנת 1984 הצבא התקדם אל %s 47 בצפון מחוז פלימסול הרחוק.",
          "בשנת 1984 הצבא התקדם עם 47 טנקים בצפון מחוז פלימסול הרחוק."}};

  private static Result gen(Language lang, String sentence) {
    int at = sentence.indexOf("47");
    String marked = sentence.substring(0, at) + "{{47|number|47}}" + sentence.substring(at + 2);
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, "Trận Zarnov\n\n" + marked + "\n"));
  }

  private static boolean asked(Result r) {
    return r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals("47"));
  }

  @Test
  void aNumberAfterEveryPackDesignatorIsALabelAndACountIsAsked() {
    Designators d = new Designators();
    for (String[] f : FRAMES) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      assertTrue(asked(gen(lang, f[2])), f[0] + ": a count is asked");
      for (String line : LangWords.lines(lang, "designators")) {
        if (line.startsWith("+ ")) {
          continue;
        }
        String noun = line.replace("…", "").strip();
        Result r = gen(lang, String.format(f[1], noun));
        assertFalse(asked(r), f[0] + ": '" + noun + " 47' was asked");
        assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.IDENTIFIER),
            f[0] + ": " + noun);
        assertTrue(d.labels(lang, "ở " + noun + " "), noun);
      }
    }
  }

  @Test
  void aUnitsNameMayStandBetweenItAndItsNumberButNoVerb() {
    Designators d = new Designators();
    assertTrue(d.labels(Language.VI, "Sáng hôm đó, trung đoàn bộ binh cơ giới "));
    assertTrue(d.labels(Language.EN, "the Division "));
    // A unit that did something: the number after the verb counts.
    assertFalse(d.labels(Language.VI, "Sáng hôm đó, sư đoàn mất "));
    assertFalse(d.labels(Language.EN, "the division lost "));
    // "con số 40.000" is the figure 40,000; borrowed English labels in a Vietnamese text.
    assertFalse(d.labels(Language.VI, "với con số "));
    assertTrue(d.labels(Language.VI, "quanh Hill "));
    // A Hebrew prefix letter on the noun.
    assertTrue(d.labels(Language.HE, "הם עלו בכביש "));
  }

  @Test
  void aHebrewUnitNamedByItsArmIsALabel() {
    Designators d = new Designators();
    for (String arm : List.of("טנקים", "רגלים", "סיור", "ארטילריה", "מרגמות", "קומנדו")) {
      assertTrue(d.labels(Language.HE, "בקרב השתתפו חטיבת זלבין וגדוד " + arm + " "), arm);
      assertTrue(d.labels(Language.HE, "לעזרתם הגיעה פלוגת " + arm + " "), arm);
    }
    // A unit that lost something: the number after the verb counts.
    assertFalse(d.labels(Language.HE, "בקרב איבד גדוד הטנקים "));
  }

  @Test
  void theDayOrMonthOfANumericDateIsNeverABlank() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, """
        Trận Zarnov

        Năm 1984, đến 28/{{8|number|8}} đơn vị bộ binh rút về phía nam với nhiều xe tăng và pháo.
        """));
    assertTrue(r.bank().questions().isEmpty(), r.report().format(r.bank()));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.PART_OF_DATE));
  }
}
