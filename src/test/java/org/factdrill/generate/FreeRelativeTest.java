package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A free relative that stands for a thing only by what someone called it ("attacked what the
 * press called the iron wall", "cái mà báo chí gọi là …", "את מה שהעיתונות כינתה …") leans on the
 * sentence before, which names the thing: the prompt is shown with it; with nothing before it
 * and nothing named in its clause it is not asked. A name the thing came to bear ("what came to
 * be called …") needs nothing. Invented sentences, generated over the callers and verbs.
 */
class FreeRelativeTest {
  private static final String BEFORE = "The northern army of Varn built a line of forts along the"
      + " Kell river in the spring.";

  private static String prompt(Language lang, String text, String answer) {
    List<Question> qs = Fixtures.clozes(Fixtures.generate(lang, text), answer);
    return qs.isEmpty() ? null : qs.get(0).prompt();
  }

  @Test
  void whatSomeoneCalledItIsShownWithTheSentenceThatNamesIt() {
    for (String who : List.of("the newspapers", "the soldiers", "its builders", "many")) {
      for (String verb : List.of("called", "dubbed", "nicknamed", "described as")) {
        String p = prompt(Language.EN, "The Kell line\n\n" + BEFORE + " In {{1916|date|1916}}"
            + " General Orsk attacked what " + who + " " + verb + " the iron wall and lost"
            + " {{4,000|number|4000}} men.\n", "4,000");
        assertTrue(p != null && p.startsWith("The northern army of Varn"), who + " " + verb + ": " + p);
      }
    }
  }

  /**
   * Twenty-second review: the caller is a whole noun phrase (a title or profession, a name of up to
   * three words) with an adverb of time before the verb, or after it.
   */
  @Test
  void aCallerOfSeveralWordsWithAnAdverbIsReadToo() {
    for (String who : List.of("architect Maria de Souza later", "the old critic Tam Orvik once",
        "historian Lin Varo", "General Orsk's own staff soon", "his rival afterwards")) {
      for (String verb : List.of("called", "dubbed", "described as")) {
        String p = prompt(Language.EN, "The Kell line\n\n" + BEFORE + " In {{1916|date|1916}}"
            + " the council approved what " + who + " " + verb + " a folly in stone, and paid"
            + " {{4,000|number|4000}} crowns for it.\n", "4,000");
        assertTrue(p != null && p.startsWith("The northern army of Varn"), who + " " + verb
            + ": " + p);
      }
    }
  }

  @Test
  void aNameItCameToBearNeedsNothingBefore() {
    for (String name : List.of("what came to be called", "what was called", "what is now called",
        "what the old town was soon called", "what people were by then calling")) {
      String p = prompt(Language.EN, "The Kell line\n\n" + BEFORE + " In {{1916|date|1916}}"
          + " General Orsk attacked " + name + " the Iron Wall and lost {{4,000|number|4000}} men.\n",
          "4,000");
      assertTrue(p != null && p.startsWith("In 1916"), name + ": " + p);
    }
  }

  @Test
  void withNothingBeforeAndNothingNamedItIsNotAsked() {
    Result r = Fixtures.generate(Language.EN, "The Kell line\n\nIn {{1916|date|1916}} the southern"
        + " army attacked what the newspapers called the iron wall and lost {{4,000|number|4000}}"
        + " men.\n");
    assertTrue(Fixtures.clozes(r, "4,000").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, "4,000"));
  }

  @Test
  void vietnameseAndHebrewFreeRelativesTakeTheSentenceBefore() {
    String vi = prompt(Language.VI, "Phòng tuyến sông Kell\n\nQuân Varn xây một dãy đồn dọc sông"
        + " Kell vào mùa xuân. Năm {{1916|date|1916}}, tướng Orsk tấn công cái mà báo chí gọi là"
        + " bức tường sắt và mất {{4000|number|4000}} người.\n", "4000");
    assertTrue(vi != null && vi.startsWith("Quân Varn xây"), String.valueOf(vi));
    String he = prompt(Language.HE, "קו נהר קל\n\nצבא ורן בנה שורת מבצרים לאורך נהר קל באביב."
        + " ב-{{1916|date|1916}} תקף הגנרל אורסק את מה שהעיתונות כינתה החומה הברזל ואיבד"
        + " {{4,000|number|4000}} חיילים.\n", "4,000");
    assertTrue(he != null && he.startsWith("צבא ורן בנה"), String.valueOf(he));
    assertFalse(prompt(Language.EN, "The Kell line\n\n" + BEFORE + " In {{1916|date|1916}}"
        + " General Orsk lost {{4,000|number|4000}} men.\n", "4,000").startsWith("The northern"));
  }
}
