package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.junit.jupiter.api.Test;

/**
 * The period of a title or rank before a name ("Gen.", "Capt.", "Pte.", "BS.": the packs'
 * abbreviations) ends no sentence, so no prompt ends or is cut there: not at a line's end in
 * hard-wrapped text, not where the asked sentence is found inside a prompt that shows the one
 * before, and a sentence the page split there (a paragraph ending at the title) is not asked.
 * The auditor flags a prompt that ends at one. Sentences made up.
 */
class TitleStopsTest {
  private static List<String> sentences(Language lang, String text) {
    return Sentences.split(text, lang).stream().map(s -> s.of(text).strip()).toList();
  }

  @Test
  void aTitleAtALinesEndBeforeANameEndsNoSentence() {
    String en = "The regiment of the north marched under Gen.\nHarlow and crossed the river in 1915.";
    assertEquals(List.of(en), sentences(Language.EN, en));
    String ranks = "The charge of 1862 was led by Pte.\nAsh and Msgr.\nRibot of the third company.";
    assertEquals(List.of(ranks), sentences(Language.EN, ranks));
    String vi = "Năm 1950, hội đồng tỉnh mời BS.\nTrần Văn Lộc về làm giám đốc bệnh viện.";
    assertEquals(List.of(vi), sentences(Language.VI, vi));
    // A line's period after a place or a month before an opener still ends its sentence.
    assertEquals(2, sentences(Language.EN, "They met in Ostend, D.C.\nThe talks failed.").size());
    assertEquals(2, sentences(Language.EN, "The fleet sailed in Dec.\nThe winter was hard.").size());
  }

  @Test
  void aParagraphSplitAtATitleIsNotAsked() {
    String text = "Bridges\n\nIn 1902 the stone bridge at Orsel was opened by Capt.\n\n"
        + "Harlow and his engineers finished the iron bridge in 1907 after a long wait.\n\n"
        + "In 1911 the town council of Orsel built a new school beside the river.\n";
    List<Question> qs = Fixtures.extracted(Language.EN, text).bank().questions();
    for (Question q : qs) {
      String p = q.prompt() == null ? "" : q.prompt();
      assertFalse(p.endsWith("Capt."), p);
      assertFalse(p.startsWith("Harlow"), p);
      q.events().forEach(e -> assertFalse(e.text().endsWith("Capt.")
          || e.text().startsWith("Harlow"), e.text()));
    }
    assertTrue(qs.stream().anyMatch(q -> q.prompt() != null && q.prompt().contains("new school")),
        "the whole sentences stay asked");
  }

  @Test
  void theAskedSentenceInsideAPromptStartsAtNoTitle() {
    String s = "The army waited at the ford. When Capt. Orme came on \uE000, the rain";
    assertEquals(s.indexOf("When"), CutTail.lastSentenceStart(s));
    String lt = "The army waited at the ford. Lt. Col. Brand crossed on \uE000, though the rain";
    assertEquals(lt.indexOf("Lt."), CutTail.lastSentenceStart(lt));
  }

  @Test
  void theAuditorSeesAPromptEndingAtATitle() {
    assertNotNull(AuditLayout.find(Language.EN, "In _____ the bridge was opened by Capt."));
    assertNotNull(AuditLayout.find(Language.EN, "In _____ the bridge was opened by Supt. …"));
    assertNull(AuditLayout.find(Language.EN, "In _____ the office moved to Main St."));
    assertNull(AuditLayout.find(Language.EN, "In _____ the bridge was opened by Gen. Harlow."));
  }
}
