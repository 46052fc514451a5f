package org.factdrill.export.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.Items;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GIFT round trip: what the exporter writes, read back by a GIFT parser, is the bank again. */
class GiftExporterTest {
  static Map<String, GiftParser.Gift> byId;
  static String text;

  @BeforeAll
  static void export() throws Exception {
    ExportFixtures.Output out = ExportFixtures.export("gift", ExportFixtures.questions());
    text = out.text();
    assertTrue(out.result().skipped().isEmpty(), out.result().skipped().toString());
    List<GiftParser.Gift> all = GiftParser.parse(text);
    byId = all.stream().collect(Collectors.toMap(GiftParser.Gift::title, Function.identity()));
    assertEquals(ExportFixtures.questions().size(), all.size());
  }

  /** The stem as a reader sees it: the HTML paragraph unwrapped and unescaped. */
  static String plain(String stem) {
    return ExportFixtures.unhtml(stem.replaceAll("^<p[^>]*>", "").replaceAll("</p>", "")
        .strip());
  }

  @Test
  void clozeOnAnExactYearIsNumericalWithZeroTolerance() {
    GiftParser.Gift g = byId.get("cloze-en-year");
    assertEquals("Numerical", g.kind());
    assertEquals("1993", g.number());
    assertEquals("0", g.tolerance());
  }

  @Test
  void approximateFactGetsATolerance() {
    GiftParser.Gift g = byId.get("cloze-en-approx");
    assertEquals("23000", g.number());
    assertEquals("500", g.tolerance());
  }

  @Test
  void moneyIsGradedOnItsAmount() {
    assertEquals("100000000", byId.get("cloze-vi-money").number());
  }

  @Test
  void fullDateAndRangeBecomeShortAnswers() {
    GiftParser.Gift date = byId.get("cloze-he-date");
    assertEquals("Short", date.kind());
    // the bank's accepted alternatives (answer.also) are further right answers
    assertEquals(List.of("26 בדצמבר 1991", "1991-12-26", "26.12.1991"), date.right());
    assertEquals(List.of("10 and 12", "10-12"), byId.get("cloze-en-range").right());
  }

  @Test
  void answerBlockStandsWhereTheBlankWas() {
    Question q = ExportFixtures.question("cloze-en-hostile");
    assertEquals(q.prompt(), plain(byId.get("cloze-en-hostile").stem()));
  }

  @Test
  void hostileChoiceSurvivesEscaping() {
    Question q = ExportFixtures.question("choice-en-hostile");
    GiftParser.Gift g = byId.get("choice-en-hostile");
    assertEquals("MC", g.kind());
    assertEquals(q.prompt(), plain(g.stem()));
    assertEquals(List.of(q.answer().text()), g.right().stream().map(ExportFixtures::unhtml).toList());
    assertEquals(q.options().size() - 1, g.wrong().size());
    assertTrue(q.options().containsAll(g.wrong().stream().map(ExportFixtures::unhtml).toList()));
    assertFalse(text.contains("<script>"), "markup must be escaped");
  }

  @Test
  void trueFalseKeepsItsTruth() {
    assertEquals(Boolean.TRUE, byId.get("truefalse-en").truth());
    assertEquals(Boolean.FALSE, byId.get("truefalse-he").truth());
  }

  @Test
  void timelineBecomesMatchingOnPlacesInTime() {
    GiftParser.Gift g = byId.get("timeline-en");
    assertEquals("Matching", g.kind());
    Map<String, String> pairs = g.pairs().stream()
        .collect(Collectors.toMap(p -> ExportFixtures.unhtml(p[0]), p -> p[1]));
    assertEquals("1", pairs.get("The Soviet Union collapses"));
    assertEquals("2", pairs.get("Russian troops complete the withdrawal \u2192 home"));
    assertEquals("3", pairs.get("The ceasefire <is> signed; {}~=#:"));
  }

  @Test
  void hebrewIsMarkedRightToLeft() {
    assertTrue(byId.get("choice-he").stem().startsWith("<p dir=\"rtl\" lang=\"he\">"));
  }

  @Test
  void everyQuestionCarriesItsSource() {
    for (Question q : ExportFixtures.questions()) {
      GiftParser.Gift g = byId.get(q.id());
      assertEquals(Items.sourceNote(q).orElseThrow(), ExportFixtures.unhtml(g.generalFeedback()),
          q.id());
    }
  }

  @Test
  void disabledQuestionsAreNotExported() {
    assertFalse(byId.containsKey("cloze-disabled"));
  }

  @Test
  void escapeCoversEveryGiftSpecialCharacter() {
    assertEquals("\\~\\=\\#\\{\\}\\:\\\\", GiftExporter.escape("~=#{}:\\"));
  }
}
