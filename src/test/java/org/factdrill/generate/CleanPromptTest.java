package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A prompt reads as a clean sentence: a year shown for a date in brackets goes inside them, not
 * as a bracket in a bracket; a sentence that asks a question states no fact and is not asked.
 * Made-up texts in English, Vietnamese and Hebrew.
 */
class CleanPromptTest {

  @Test
  void aYearShownForADateInBracketsGoesInsideThemAfterAComma() {
    Result en = Fixtures.generate(Language.EN, """
        The Orvin campaign

        The Orvin campaign began in {{1712|date|1712}} when the northern fleet left Karvo. The Orvin council chose one day of mourning instead of separate days for the fall of Lin ({{8 May|date|--05-08}}) and the fall of Tal.
        """);
    Question q = Fixtures.clozes(en, "8 May").get(0);
    assertTrue(q.prompt().contains("(_____, 1712)"), q.prompt());
    Result vi = Fixtures.generate(Language.VI, """
        Chiến dịch Orvin

        Chiến dịch Orvin bắt đầu vào {{năm 1712|date|1712}} khi hạm đội phía bắc rời cảng Karvo. Hội đồng chọn một ngày tưởng niệm chung cho trận Lin ({{ngày 8 tháng 5|date|--05-08}}) và trận Tal.
        """);
    Question v = Fixtures.clozes(vi, "ngày 8 tháng 5").get(0);
    assertTrue(v.prompt().contains("(_____, 1712)"), v.prompt());
    Result he = Fixtures.generate(Language.HE, """
        מערכת אורבין

        מערכת אורבין החלה {{בשנת 1712|date|1712}} כאשר הצי הצפוני יצא מנמל קרבו. המועצה בחרה ביום זיכרון אחד לנפילת לין ({{8 במאי|date|--05-08}}) ולנפילת טל.
        """);
    Question h = Fixtures.clozes(he, "8 במאי").get(0);
    assertTrue(h.prompt().contains("_____, 1712)"), h.prompt());
    for (Question x : java.util.List.of(q, v, h)) {
      assertFalse(x.prompt().matches("(?s).*\\([^()]*\\([^()]*\\)[^()]*\\).*"), x.prompt());
    }
  }

  @Test
  void aYearShownOutsideBracketsKeepsItsOwnBrackets() {
    assertEquals(" (1712)", InsideBrackets.year(" (1712)", "on 8 May the fleet", 8));
    assertEquals(", 1712", InsideBrackets.year(" (1712)", "Lin (8 May) fell", 10));
    assertEquals(" (a note)", InsideBrackets.year(" (a note)", "Lin (8 May) fell", 10));
  }

  @Test
  void aSentenceThatAsksAQuestionIsNotAsked() {
    Result en = Fixtures.generate(Language.EN, """
        The Orvin campaign

        Was the harbour of Karvo really closed in {{1712|date|1712}}, as the chronicle of Tal claims?

        The northern fleet left the harbour of Karvo in {{1714|date|1714}} under a new admiral.
        """);
    assertTrue(Fixtures.skipped(en, SkipReason.QUESTION, "1712"), en.report().format(en.bank()));
    assertFalse(Fixtures.clozes(en, "1714").isEmpty(), en.report().format(en.bank()));
    Result vi = Fixtures.generate(Language.VI, """
        Chiến dịch Orvin

        Phải chăng cảng Karvo đã bị đóng cửa vào {{năm 1712|date|1712}} như biên niên sử Tal kể lại?

        Hạm đội phía bắc rời cảng Karvo vào {{năm 1714|date|1714}} dưới quyền một đô đốc mới.
        """);
    assertTrue(Fixtures.skipped(vi, SkipReason.QUESTION, "năm 1712"), vi.report().format(vi.bank()));
    assertFalse(Fixtures.clozes(vi, "năm 1714").isEmpty(), vi.report().format(vi.bank()));
    Result he = Fixtures.generate(Language.HE, """
        מערכת אורבין

        האם נמל קרבו אכן נסגר {{בשנת 1712|date|1712}} כפי שטוען כרוניקן טל?

        הצי הצפוני יצא מנמל קרבו {{בשנת 1714|date|1714}} בפיקודו של אדמירל חדש.
        """);
    assertTrue(Fixtures.skipped(he, SkipReason.QUESTION, "בשנת 1712"), he.report().format(he.bank()));
  }

  @Test
  void aQuotedQuestionInsideAStatementIsPartOfIt() {
    assertTrue(Questions.asks("Was the harbour closed in 1712?"));
    assertTrue(Questions.asks("האם הנמל נסגר ב-1712? "));
    assertFalse(Questions.asks("In 1712 the admiral wrote a pamphlet titled \"Why War?\""));
    assertFalse(Questions.asks("In 1712 the admiral asked (who would pay?) and left."));
    assertFalse(Questions.asks("The harbour was closed in 1712."));
  }

  @Test
  void aNameGlossedInAnotherScriptIsTakenOutOfItsBracket() {
    char h = PromptBuilder.HOLE;
    assertEquals("Lê Văn Tâm, tự là Hài Lâm, sinh " + h + ".",
        NameGlosses.without("Latin", "Lê Văn Tâm (黎文心), tự là Hài Lâm (諧林), sinh " + h + "."));
    assertEquals("Trận Sông Vân (" + h + "–1953) là một trận đánh.",
        NameGlosses.without("Latin", "Trận Sông Vân (chữ Hán: 雲江之戰; " + h + "–1953) là một trận đánh."));
    assertEquals("The battle of Orvin (Trận Orvin) was fought on " + h + ".",
        NameGlosses.without("Latin", "The battle of Orvin (Trận Orvin, การรบที่ออร์วิน) was fought on " + h + "."));
    assertEquals("ועדת קרבו הגיעה לנמל ב-" + h + ".",
        NameGlosses.without("Hebrew", "ועדת קרבו (באנגלית: Karvo Commission) הגיעה לנמל ב-" + h + "."));
    assertEquals("Trận Sông Vân năm " + h + " là một trận đánh.", NameGlosses.without("Latin",
        "Trận Sông Vân ([[Chữ Hán|Hán tự]]: 雲江之戰) năm " + h + " là một trận đánh."));
    // The text's own script, figures, and a bracket holding the blank in another script stay.
    String own = "The battle of Orvin (also Orvin Ford; 1712) began on " + h + ".";
    assertEquals(own, NameGlosses.without("Latin", own));
    String hole = "ועדת קרבו (Karvo " + h + ") הגיעה לנמל.";
    assertEquals(hole, NameGlosses.without("Hebrew", hole));
  }

  @Test
  void aPromptShowsNoNameInAnotherScript() {
    Result vi = Fixtures.generate(Language.VI, """
        Trận Sông Vân

        Trận Sông Vân (chữ Hán: 雲江之戰) diễn ra vào {{năm 1712|date|1712}} giữa quân dân Karvo và quân Orvin trên sông Vân.
        """);
    Question q = Fixtures.clozes(vi, "năm 1712").get(0);
    assertEquals("Trận Sông Vân diễn ra vào _____ giữa quân dân Karvo và quân Orvin trên sông Vân.",
        q.prompt());
  }

  @Test
  void aYearGluedToItsWordIsShownApartInPromptOptionsAndEvents() {
    Result vi = Fixtures.generate(Language.VI, """
        Chiến dịch Orvin

        Bộ Ngoại giao Karvo cho biết {{tháng 11 năm1713|date|1713-11}}, rằng họ đã mua được {{286|number|286}} chiến thuyền của Orvin.

        Hạm đội Karvo rời cảng vào {{năm 1716|date|1716}} dưới quyền một đô đốc mới.
        """);
    for (Question q : vi.bank().questions()) {
      assertFalse(q.prompt().contains("năm1713"), q.prompt());
      assertFalse(q.answer().text().contains("năm1713"), q.answer().text());
      if (q.options() != null) {
        assertFalse(q.options().stream().anyMatch(o -> o.contains("năm17")), q.options().toString());
      }
      if (q.events() != null) {
        assertFalse(q.events().stream().anyMatch(e -> e.text().contains("năm17")), q.prompt());
      }
    }
    assertFalse(Fixtures.clozes(vi, "286").isEmpty(), vi.report().format(vi.bank()));
    assertTrue(Fixtures.clozes(vi, "286").get(0).prompt().contains("tháng 11 năm 1713"),
        Fixtures.clozes(vi, "286").get(0).prompt());
  }

  @Test
  void aLongSentenceIsNeverCutAtTheDashThatClosesAParenthesis() {
    char h = PromptBuilder.HOLE;
    for (String dash : java.util.List.of("-", "–", "—")) {
      String raw = "While the siege of Karvo ended on " + h + ", it was not until the northern fleet"
          + " burned the harbours of Lin and Tal in the following weeks that the long war along the"
          + " coast of the Orvin delta finally came to an end on Founding Day " + dash
          + " or the Day of the Two Rivers " + dash + " on 12 May 1712, after many years.";
      String stem = PromptBuilder.stem(raw, 260, java.util.Set.of());
      assertTrue(stem != null && stem.endsWith(" …"), stem);
      long dashes = stem.chars().filter(c -> c == dash.charAt(0)).count();
      assertEquals(0, dashes % 2, stem);
      assertTrue(stem.contains("on Founding Day …"), stem);
    }
    // A dash that opens a parenthesis is a clause end a cut may keep up to.
    String one = "The fleet of Karvo sailed on " + h + " with forty ships" + " and many men".repeat(15)
        + " - and it returned in the autumn with the treaty of Lin and the envoys of the Tal league.";
    assertTrue(PromptBuilder.stem(one, 260, java.util.Set.of()).endsWith("many men …"),
        PromptBuilder.stem(one, 260, java.util.Set.of()));
  }

  @Test
  void aCommaBetweenTwoWordsHasItsSpace() {
    assertEquals("The envoys leased a house on Karvo Road, East Lin in 1712.",
        PromptBuilder.clean("The envoys leased a house on Karvo Road,East Lin in 1712."));
    assertEquals("Hạm đội rời Karvo, Lin; Tal năm 1712.",
        PromptBuilder.clean("Hạm đội rời Karvo,Lin;Tal năm 1712."));
    assertEquals("הצי יצא מקרבו, לין וטל ב-1712.", PromptBuilder.clean("הצי יצא מקרבו,לין וטל ב-1712."));
    // Figures keep their group marks; an already spaced comma stays single.
    assertEquals("It cost 23,000 pounds, in 1712.", PromptBuilder.clean("It cost 23,000 pounds, in 1712."));
  }
}
