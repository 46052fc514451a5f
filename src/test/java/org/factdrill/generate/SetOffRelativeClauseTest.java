package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A year in a relative clause set off inside a sentence too long to ask whole, after a name
 * ("… the delegates of Belvania (which became independent in 1871 after …), and …") is asked in
 * that clause with the name as its subject (class 12 of the seventeenth review: skipped as "no
 * cut keeps its subject, verb and date"). A clause after "the capital of X" (which of the two it
 * describes is not told) and a clause running to the sentence's end (", which led to …", may say
 * something of the whole clause before) are not asked so. Invented sentences.
 */
class SetOffRelativeClauseTest {
  private static final String LONG = "The long and bitterly disputed trade agreement of the"
      + " northern ports, after many months of talks in the old town hall of Varn and in the"
      + " harbour offices of Orsk, was signed at Varn by the envoys of the great merchant houses"
      + " of Ostmark and by the delegates of ";
  private static final List<String> NAMES = List.of("Belvania", "Karvo", "the Republic of Tessa",
      "Upper Marrow");
  private static final String LONG_BY = LONG.replace("the delegates of ", "");

  private static String text(String name, String open, int year, String close) {
    // Between commas, a name after "of" may end a phrase the clause describes: none before it.
    return "The northern ports\n\n" + (open.startsWith(",") ? LONG_BY : LONG) + name + open + "which became independent in " + year
        + " after a long dispute with its neighbours over the river tolls" + close
        + " and it remained in force for most of the following century.\n";
  }

  @Test
  void aSetOffRelativeClauseIsAskedWithItsNameAsSubject() {
    int n = 0;
    for (String name : NAMES) {
      for (String[] marks : List.of(new String[] {" (", "),"}, new String[] {", ", ","})) {
        for (int year = 1711; year < 1900; year += 47) {
          var r = Fixtures.extracted(Language.EN, text(name, marks[0], year, marks[1]));
          List<Question> qs = Fixtures.asking(r, String.valueOf(year));
          assertFalse(qs.isEmpty(), r.report().format(r.bank()));
          String subject = name.startsWith("the ") ? name.substring(4) : name;
          for (Question q : qs) {
            if (q.type() == QuestionType.CLOZE) {
              assertTrue(q.prompt().startsWith(subject + " became independent in _____ after"),
                  q.prompt());
            }
          }
          n++;
        }
      }
    }
    assertTrue(n >= 30);
  }

  @Test
  void notBetweenCommasAfterAPhraseEndingInAName() {
    for (int year = 1711; year < 1900; year += 47) {
      var r = Fixtures.extracted(Language.EN, text("the capital of Belvania", ", ", year, ","));
      for (Question q : Fixtures.asking(r, String.valueOf(year))) {
        assertFalse(q.prompt().startsWith("Belvania became"), q.prompt());
      }
    }
  }

  @Test
  void notAClauseRunningToTheSentencesEnd() {
    for (int year = 1711; year < 1900; year += 47) {
      String t = "The northern ports\n\n" + LONG + "Belvania, which led to a long dispute with"
          + " its neighbours over the river tolls and the grain roads that ended only in " + year
          + " after the death of the old king.\n";
      var r = Fixtures.extracted(Language.EN, t);
      for (Question q : Fixtures.asking(r, String.valueOf(year))) {
        assertFalse(q.prompt().startsWith("Belvania led"), q.prompt());
      }
    }
  }
}
