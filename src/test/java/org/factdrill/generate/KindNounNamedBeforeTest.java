package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A clause whose subject is "the + kind noun" ("The ship …") stands for the thing the paragraph
 * named before by its name ("USS Varnholm …") only when it did name one: then the question shows
 * the naming sentence, or is not asked when that sentence cannot be shown; where nothing before
 * names an instance of the kind ("The army crossed the river …"), the clause is asked as it is
 * (class 4 of the seventeenth review; pack flag {@code instance} in topic-nouns.txt). Invented
 * texts, English and Vietnamese.
 */
class KindNounNamedBeforeTest {
  /** A sentence naming an instance, the kind noun, a clause about it, and one naming none. */
  private static final List<String[]> EN = List.of(
      new String[] {"The USS Varnholm was launched at the Lindmoor yard", "The ship",
          "reached Havana", "A new ship was launched at the Lindmoor yard"},
      new String[] {"The Harbour Dues Act was passed by Edda Varn", "The act",
          "doubled the dues on coal", "An act on the dues was passed by the town"},
      new String[] {"The Tallow River Board was set up by the merchants", "The board",
          "bought the quay", "A board was set up by the merchants"},
      new String[] {"The merchants hired the steamer Orla", "The ship",
          "reached Havana", "The merchants hired a steamer"},
      new String[] {"Irish navvies dug the Varn canal", "The canal",
          "reached Lindmoor", "Irish navvies dug a canal"},
      new String[] {"The Lindmoor Pilots' Union was founded by the river men", "The union",
          "struck against the mill owners", "A union was founded by the river men"},
      new String[] {"The Red Banner Army crossed the Tallow", "The army",
          "had five divisions", "The army crossed the Tallow"});

  /** The questions whose answer is the year {@code y} ("1808", "năm 1808"). */
  private static List<Question> about(Result r, int y) {
    return r.bank().questions().stream()
        .filter(q -> q.answer().text().contains(String.valueOf(y))).toList();
  }

  private static String pair(String first, String second, int y) {
    return "Notes from the Tallow valley\n\n" + first + " in " + y + " after a long quarrel. "
        + second + " in " + (y + 7) + " after many delays.\n";
  }

  @Test
  void theKindNounIsAskedWithTheSentenceThatNamesIt() {
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : EN) {
        String text = pair(t[0], t[1] + " " + t[2], y);
        var r = Fixtures.extracted(Language.EN, text);
        List<Question> qs = about(r, y + 7);
        assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
        for (Question q : qs) {
          assertTrue(q.prompt().startsWith(t[0]), q.prompt());
        }
      }
    }
  }

  @Test
  void theKindNounStandsAsItIsWhenNothingBeforeNamesAnInstance() {
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : EN) {
        String text = pair(t[3], t[1] + " " + t[2], y);
        var r = Fixtures.extracted(Language.EN, text);
        assertFalse(about(r, y + 7).isEmpty(),
            text + "\n" + r.report().format(r.bank()));
      }
    }
  }

  @Test
  void theKindNounIsNotAskedWhenOnlyTheParagraphsFirstSentenceNamesIt() {
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : EN) {
        String text = "Notes from the Tallow valley\n\n" + t[0] + " in " + y + ". Edda Varn"
            + " wrote of it to her brothers in Galway in " + (y + 2) + ". " + t[1] + " " + t[2]
            + " in " + (y + 7) + " after many delays.\n";
        var r = Fixtures.extracted(Language.EN, text);
        for (Question q : about(r, y + 7)) {
          assertTrue(q.prompt().contains(t[0]), q.prompt());
        }
      }
    }
  }

  @Test
  void aPronounDoesNotTakeInTheKindNounsSentenceAloneWhenTheNameIsBeforeIt() {
    for (int y = 1801; y < 1900; y += 19) {
      String text = "Notes from the Tallow valley\n\nThe USS Varnholm was launched at the Lindmoor"
          + " yard in " + y + ". The ship served on the southern station for many years. It"
          + " sank off Havana in " + (y + 7) + " after a long storm.\n";
      var r = Fixtures.extracted(Language.EN, text);
      for (Question q : about(r, y + 7)) {
        assertTrue(q.prompt().startsWith("The USS Varnholm"), q.prompt());
      }
    }
  }

  @Test
  void aVietnameseKindNounNeedsTheNameOnlyWhenTheSentenceBeforeGivesOne() {
    String[][] vi = {
        {"Tàu Varnholm rời cảng Lindmoor", "Con tàu bị đắm ở vịnh Tallow", "Một con tàu rời cảng"},
        {"Người Pháp xây cầu Orla bắc qua sông Tallow", "Cây cầu bị lũ cuốn trôi",
            "Người Pháp xây một cây cầu bắc qua sông"}};
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : vi) {
        String named = "Ghi chép về thung lũng\n\n" + t[0] + " vào năm " + y + ". " + t[1]
            + " vào năm " + (y + 7) + " sau nhiều trận bão.\n";
        var r = Fixtures.extracted(Language.VI, named);
        List<Question> qs = about(r, y + 7);
        assertFalse(qs.isEmpty(), named + "\n" + r.report().format(r.bank()));
        for (Question q : qs) {
          assertTrue(q.prompt().startsWith(t[0]), q.prompt());
        }
        String plain = "Ghi chép về thung lũng\n\n" + t[2] + " vào năm " + y + ". " + t[1]
            + " vào năm " + (y + 7) + " sau nhiều trận bão.\n";
        var p = Fixtures.extracted(Language.VI, plain);
        assertFalse(about(p, y + 7).isEmpty(),
            plain + "\n" + p.report().format(p.bank()));
      }
    }
  }
}
