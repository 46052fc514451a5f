package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.DocumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 63 of the twenty-second review in the languages that join a month-named event's year with
 * a word: "the March Uprising of 1930" (month, capitalised noun of a thing that lasts, "of"),
 * "מהפכת מרץ של 1930" (a construct noun, the month, "של"). The year is that month's year for the
 * sentence: it dates a yearless day of that month before it, and it is asked. Sentences made up.
 */
class MonthNamedYearOfTest {
  @TempDir
  Path dir;

  private List<Question> questions(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    Document doc = new DocumentLoader(Optional.empty(), Optional.empty(), false)
        .load(p, name).doc();
    return Fixtures.generate(1, new DocFacts(new SourceText(doc, "0".repeat(64)),
        SharedExtractor.get().extract(doc))).bank().questions();
  }

  private static String value(Question q) {
    return q.answer().value().compact().replace("\"", "");
  }

  private static String all(List<Question> qs) {
    return String.join("\n", qs.stream().map(q -> q.prompt() + " = " + value(q)).toList());
  }

  @Test
  void aYearJoinedToAMonthNamedEventDatesTheYearlessDayBeforeItAndIsAsked() throws Exception {
    String[][] texts = {
        {"The rising\n\nOn 12 March the garrison rose, and the March Uprising of 1930 spread to every town of Varenna.\n",
            "1930-03-12", "1930"},
        {"The fair\n\nOn 3 May, the anniversary of the May Rebellion of 1874, the villagers of Orsel held a fair.\n",
            "1874-05-03", "1874"},
        {"המרד\n\nב-12 במרץ פרצה מהפכת מרץ של 1930 בכל ערי המחוז של ורנה.\n", "1930-03-12", "1930"}};
    int n = 0;
    for (String[] t : texts) {
      List<Question> qs = questions("m" + n++ + ".txt", t[0]);
      assertTrue(qs.stream().anyMatch(q -> value(q).equals(t[1])
          && q.prompt().contains("(" + t[2] + ")")), "the day with its year shown\n" + all(qs));
      assertTrue(qs.stream().anyMatch(q -> value(q).equals(t[2])), "the year asked\n" + all(qs));
    }
  }

  @Test
  void aNamedEventOfAnotherMonthDatesNoDayAndANameYearBesideAFullDateStaysUnasked() throws Exception {
    List<Question> other = questions("o.txt",
        "The rising\n\nOn 12 April the garrison rose, and the March Uprising of 1930 spread to every town of Varenna.\n");
    assertFalse(other.stream().anyMatch(q -> value(q).equals("1930-04-12")), all(other));
    List<Question> war = questions("w.txt",
        "The treaty\n\nOn 5 March 1815 the envoys of Orsel signed the peace that ended the War of 1812 in the north.\n");
    assertFalse(war.stream().anyMatch(q -> value(q).equals("1812")), all(war));
  }
}
