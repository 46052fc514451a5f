package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A duration question names the thing that lasted in its instruction ("How many years did the
 * Varkos dynasty last?"), not "it": the prompt is the clause with its period cut out, and "it"
 * may read as another noun of the clause (an armistice, not the war of 1950–1953). The name is
 * the one before the period's bracket, or the capitalised name right before an unbracketed
 * period. Invented sentences.
 */
class DurationNamesTheThingTest {
  private static List<Question> durations(Language lang, String text) {
    var r = Fixtures.extracted(lang, text);
    List<Question> d = r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.DURATION).toList();
    assertFalse(d.isEmpty(), text + r.report().format(r.bank()));
    return d;
  }

  @Test
  void theInstructionNamesWhatLasted() {
    for (String[] c : List.of(
        new String[] {"The Varkos dynasty (1310–1422) ruled the hill towns and the river valley"
            + " from the old capital.\n", "How many years did the Varkos dynasty last?"},
        new String[] {"The Tarn Rebellion (1861–1865) emptied the valley of its young men and"
            + " its mills.\n", "How many years did the Tarn Rebellion last?"},
        new String[] {"The town of Kell still keeps the feast of the truce that ended the"
            + " fighting of the Orvik War of 1920–1926 every spring.\n",
            "How many years did the Orvik War last?"})) {
      for (Question q : durations(Language.EN, c[0])) {
        assertTrue(q.prompt().endsWith(c[1]), q.prompt());
        assertFalse(q.prompt().contains("did it last"), q.prompt());
      }
    }
  }

  @Test
  void otherLanguagesNameItToo() {
    for (Question q : durations(Language.VI, "Nhà Varkos (1310–1422) cai trị các thị trấn miền"
        + " núi và thung lũng sông từ kinh đô cũ.\n")) {
      assertTrue(q.prompt().endsWith("Nhà Varkos kéo dài bao nhiêu năm?"), q.prompt());
    }
  }
}
