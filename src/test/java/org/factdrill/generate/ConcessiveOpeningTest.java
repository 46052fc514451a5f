package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A figure in a concessive opening before the main clause's pronoun subject ("Despite losing N
 * men in the marshes, they …") is asked with the sentence that names "they", the long main clause
 * cut after its verb phrase (class 12 of the seventeenth review): "despite" opens a fronted phrase
 * as a subordinator does; a thousands comma ("1,300") ends no fronted phrase; a cut that ends on
 * a connective ("… through the summer and, after a siege …") leaves the connective out. Invented
 * texts.
 */
class ConcessiveOpeningTest {
  private static final String NAMING = "The Lindmoor Guards marched north from the coast in the"
      + " spring of 1744 to relieve the besieged town of Orvin.";

  private static List<Question> about(Result r, String value) {
    return r.bank().questions().stream().filter(q -> q.answer().text().equals(value)).toList();
  }

  private static String fig(int n) {
    return n >= 1000 ? String.format("%d,%03d", n / 1000, n % 1000) : String.valueOf(n);
  }

  @Test
  void aFigureInTheConcessiveOpeningIsAskedWithTheSentenceNamingTheSubject() {
    SplittableRandom rnd = new SplittableRandom(12);
    for (int i = 0; i < 8; i++) {
      String n = fig(200 + rnd.nextInt(4000));
      String opener = i % 2 == 0 ? "Despite losing " : "After losing ";
      String text = "The Varn campaign\n\n" + NAMING + " " + opener + n + " men in the marshes"
          + " along the Tallow, they pressed on toward the town through the summer and, after a"
          + " siege that lasted through the whole of the autumn and much of the winter that"
          + " followed, finally broke the ring of earthworks around its walls and entered the"
          + " market square to the cheers of its starving people.\n";
      var r = Fixtures.extracted(Language.EN, text);
      List<Question> qs = about(r, n);
      assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
      for (Question q : qs) {
        assertTrue(q.prompt().startsWith("The Lindmoor Guards"), q.prompt());
        assertTrue(q.prompt().contains(", they pressed on"), q.prompt());
        assertFalse(q.prompt().endsWith("and …"), q.prompt());
      }
    }
  }

  @Test
  void aShortConcessiveOpeningTakesTheSentenceBeforeForItsPronoun() {
    for (int n = 1100; n < 9000; n += 1300) {
      String text = "The Varn campaign\n\n" + NAMING + " Despite losing " + fig(n) + " men in"
          + " the marshes, they crossed the Tallow at the old ford below the mill.\n";
      var r = Fixtures.extracted(Language.EN, text);
      List<Question> qs = about(r, fig(n));
      assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
      for (Question q : qs) {
        assertTrue(q.prompt().startsWith("The Lindmoor Guards"), q.prompt());
      }
    }
  }

  @Test
  void aConcessiveOpeningBeforeANamedSubjectStandsAlone() {
    for (int n = 1100; n < 9000; n += 1300) {
      String text = "The Varn campaign\n\nThe rain fell for a week on the coast. Despite losing "
          + fig(n) + " men in the marshes, the Lindmoor Guards crossed the Tallow at the old"
          + " ford below the mill.\n";
      var r = Fixtures.extracted(Language.EN, text);
      List<Question> qs = about(r, fig(n));
      assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
      for (Question q : qs) {
        assertTrue(q.prompt().startsWith("Despite losing"), q.prompt());
      }
    }
  }
}
