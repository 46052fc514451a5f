package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A sentence ending in an ellipsis right after a word that opens a phrase (a truncated teaser or
 * excerpt: "… in the spring of …") was cut inside that phrase: a question keeps it only up to a
 * clause end after the blank, or is not made; an ellipsis after a word that can end a phrase is
 * the text's own and the sentence is asked whole.
 */
class OpenEndsTest {
  private static final List<String> ELLIPSES = List.of(" …", "…", " ...", " […]", " [...]");

  @Test
  void everyPhraseOpenerOfEveryPackBeforeAnEllipsisIsACutInsideAPhrase() {
    for (Language lang : Language.values()) {
      var openers = lang.pack().words("phrase-openers");
      assertFalse(openers.isEmpty(), lang + " declares phrase-openers");
      for (String w : openers) {
        for (String e : ELLIPSES) {
          assertTrue(OpenEnds.cutInsidePhrase(lang, "Valmora 1901 " + w + e), lang + " " + w + e);
        }
        assertFalse(OpenEnds.cutInsidePhrase(lang, "Valmora 1901 " + w + "."), "a full stop: " + w);
        assertFalse(OpenEnds.cutInsidePhrase(lang, "Valmora 1901 " + w), "no ellipsis: " + w);
      }
      for (String e : ELLIPSES) {
        assertFalse(OpenEnds.cutInsidePhrase(lang, "Valmora 1901 zorblat" + e), lang + e);
      }
    }
  }

  private static List<Question> clozes(Language lang, String marked, String answer) {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
    return r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(answer)).toList();
  }

  @Test
  void aTeaserCutInsideAPhraseIsKeptUpToTheClauseEndAfterTheBlank() {
    List<Question> q = clozes(Language.EN, """
        The fleet of Valmora reached the northern harbour on {{3 May 1901|date|1901-05-03}}, and \
        in the spring of …
        """, "3 May 1901");
    assertFalse(q.isEmpty(), "asked up to the comma");
    assertTrue(q.get(0).prompt().endsWith("_____ …"), q.get(0).prompt());
    assertFalse(q.get(0).prompt().contains("spring of"), q.get(0).prompt());
  }

  @Test
  void aTeaserCutInsideThePhraseOfTheBlanksOwnClauseIsNotAsked() {
    assertTrue(clozes(Language.EN, """
        The fleet of Valmora counted {{4,170|number|4170}} sailors in the northern harbour of …
        """, "4,170").isEmpty());
    assertTrue(clozes(Language.VI, """
        Hạm đội Valmora có {{4.170|number|4170}} thủy thủ tại cảng phía bắc của …
        """, "4.170").isEmpty());
    assertTrue(clozes(Language.HE, """
        בצי של ולמורה שירתו {{4,170|number|4170}} מלחים בנמל הצפוני של …
        """, "4,170").isEmpty());
  }

  @Test
  void anEllipsisAfterAWordThatEndsAPhraseIsTheTextsOwnAndTheSentenceIsAsked() {
    assertFalse(clozes(Language.EN, """
        The fleet of Valmora counted {{4,170|number|4170}} sailors in the northern harbour …
        """, "4,170").isEmpty());
    assertFalse(clozes(Language.VI, """
        Hạm đội Valmora có {{4.170|number|4170}} thủy thủ tại cảng phía bắc …
        """, "4.170").isEmpty());
  }

  @Test
  void aCutTheGeneratorMakesNeverEndsRightAfterAPhraseOpener() {
    String tail = " the sailors of the town fought for the crown of Arlen and the merchants of the"
        + " harbour paid for the ships of the crown and for their crews through the long winter"
        + " of the war and the hungry spring that followed it in the valley.";
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, "The fleet of Valmora"
        + " counted {{4,170|number|4170}} sailors in the northern harbour in the spring after the"
        + " long war with the kingdom of Arlen in the north and the river towns of the south that"
        + " had risen against the crown in the old days of the valley and in this," + tail
        + "\n"));
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().matches("(?s).*\\b(?:in|this|the|of|and) …$"), q.prompt());
    }
  }
}
