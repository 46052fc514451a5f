package org.factdrill.export.moodle;

import static org.factdrill.export.XmlSupport.child;
import static org.factdrill.export.XmlSupport.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.Items;
import org.factdrill.export.XmlSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Moodle XML read back with the JDK's XML parser: types, fractions, texts, tolerance, tags. */
class MoodleXmlExporterTest {
  /** question_bank::fraction_options_full() in percent, plus the ordering positions. */
  static final Set<Double> ALLOWED = Set.of(100.0, 0.0, 90.0, 83.33333, 80.0, 75.0, 70.0,
      66.66667, 60.0, 50.0, 40.0, 33.33333, 30.0, 25.0, 20.0, 16.66667, 14.28571, 12.5,
      11.11111, 10.0, 5.0);
  static Map<String, Element> byId = new HashMap<>();

  @BeforeAll
  static void export() throws Exception {
    var out = ExportFixtures.export("moodle-xml", ExportFixtures.questions());
    Element quiz = XmlSupport.parse(out.bytes()).getDocumentElement();
    assertEquals("quiz", quiz.getLocalName());
    for (Element q : children(quiz, "question")) {
      if (!q.getAttribute("type").equals("category")) {
        byId.put(child(q, "idnumber").getTextContent(), q);
      }
    }
    assertEquals(ExportFixtures.questions().size(), byId.size());
  }

  static String html(Element q, String field) {
    return child(child(q, field), "text").getTextContent();
  }

  static String plain(String html) {
    return ExportFixtures.unhtml(html.replaceAll("^<p[^>]*>", "").replaceAll("</p>$", ""));
  }

  @Test
  void eachTypeMapsToItsMoodleType() {
    assertEquals("numerical", byId.get("cloze-en-year").getAttribute("type"));
    assertEquals("shortanswer", byId.get("cloze-he-date").getAttribute("type"));
    assertEquals("multichoice", byId.get("choice-vi").getAttribute("type"));
    assertEquals("truefalse", byId.get("truefalse-en").getAttribute("type"));
    assertEquals("ordering", byId.get("timeline-he").getAttribute("type"));
  }

  @Test
  void fractionsComeFromMoodlesAllowedList() {
    for (Element q : byId.values()) {
      if (q.getAttribute("type").equals("ordering")) {
        continue;
      }
      for (Element a : children(q, "answer")) {
        assertTrue(ALLOWED.contains(Double.parseDouble(a.getAttribute("fraction"))),
            a.getAttribute("fraction"));
      }
    }
  }

  @Test
  void hostileTextComesBackExactly() {
    Question q = ExportFixtures.question("choice-en-hostile");
    Element e = byId.get(q.id());
    assertEquals(q.prompt(), plain(html(e, "questiontext")));
    List<String> answers = children(e, "answer").stream()
        .map(a -> ExportFixtures.unhtml(child(a, "text").getTextContent())).toList();
    assertEquals(q.options(), answers);
    Element right = children(e, "answer").stream()
        .filter(a -> a.getAttribute("fraction").equals("100")).findFirst().orElseThrow();
    assertEquals(q.answer().text(), ExportFixtures.unhtml(child(right, "text").getTextContent()));
    Question h = ExportFixtures.question("cloze-en-hostile");
    assertEquals(h.prompt(), plain(html(byId.get(h.id()), "questiontext")));
  }

  @Test
  void numericalCarriesTolerance() {
    Element a = child(byId.get("cloze-en-approx"), "answer");
    assertEquals("23000", child(a, "text").getTextContent());
    assertEquals("500", child(a, "tolerance").getTextContent());
  }

  @Test
  void orderingListsEventsEarliestFirstWithPositions() {
    List<Element> answers = children(byId.get("timeline-en"), "answer");
    assertEquals("The Soviet Union collapses", child(answers.get(0), "text").getTextContent());
    assertEquals("1", answers.get(0).getAttribute("fraction"));
    assertEquals("3", answers.get(2).getAttribute("fraction"));
  }

  @Test
  void trueFalseMarksTheRightAnswer() {
    Element q = byId.get("truefalse-vi");
    Element right = children(q, "answer").stream()
        .filter(a -> a.getAttribute("fraction").equals("100")).findFirst().orElseThrow();
    assertEquals("false", child(right, "text").getTextContent());
  }

  @Test
  void hebrewIsRightToLeftAndSourcesAreFeedback() {
    assertTrue(html(byId.get("choice-he"), "questiontext").startsWith("<p dir=\"rtl\""));
    for (Question q : ExportFixtures.questions()) {
      assertEquals(Items.sourceNote(q).orElseThrow(),
          plain(html(byId.get(q.id()), "generalfeedback")), q.id());
    }
  }

  @Test
  void tagsNameLanguageKindAndSource() {
    List<String> tags = XmlSupport.all(byId.get("cloze-vi-money"), "tag").stream()
        .map(t -> child(t, "text").getTextContent()).toList();
    assertTrue(tags.containsAll(List.of("lang-vi", "kind-money", "source-vi_karabakh.txt")),
        tags.toString());
  }
}
