package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 29 of the eighteenth review (class 8/29 of the twentieth): a clause whose subject is a
 * generic plural qualified only by a period ("The years of 1914 through 1918 …") names nothing;
 * with no name in the prompt and no context line it is not asked. A name in the prompt, or a
 * context line, keeps it. Invented sentences.
 */
class GenericPeriodSubjectTest {
  @Test
  void aGenericPluralQualifiedOnlyByAPeriodNamesNothing() {
    TopicNouns t = new TopicNouns();
    for (String[] p : List.of(
        new String[] {"The years of _____ through 1918 left the mill without men.", "the years"},
        new String[] {"The hardships from 1861 to _____ doubled the price of flour.",
            "the hardships"},
        new String[] {"In the valley, the sacrifices of 1941-_____ are still remembered.",
            "the sacrifices"},
        new String[] {"The elections of _____ were held under guard.", "the elections"})) {
      assertEquals(p[1], t.unnamed(Language.EN, p[0], null), p[0]);
    }
  }

  @Test
  void aNameOrAContextLineSaysWhich() {
    TopicNouns t = new TopicNouns();
    assertNull(t.unnamed(Language.EN, "The years of _____ through 1918 left Orsk without men.",
        null), "the prompt names a place");
    assertNull(t.unnamed(Language.EN, "The years of _____ through 1918 left the mill without"
        + " men.", "The Varn mill in the Great War"), "a context line");
    assertNull(t.unnamed(Language.EN, "The mill lost _____ men in the years of 1914 through"
        + " 1918.", null), "not the subject: the clause is about the mill");
  }
}
