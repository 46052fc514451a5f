package org.factdrill.export.qti12;

import static org.factdrill.export.XmlSupport.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.XmlSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The Canvas QTI 1.2 zip read back with the JDK's XML parser. */
class Qti12ExporterTest {
  static Map<String, byte[]> files;
  static Map<String, Element> items = new HashMap<>();

  @BeforeAll
  static void export() throws Exception {
    var out = ExportFixtures.export("qti12", ExportFixtures.questions());
    files = ExportFixtures.unzip(out.bytes());
    Element root = XmlSupport.parse(files.get("factdrill_quiz/factdrill_quiz.xml"))
        .getDocumentElement();
    assertEquals("http://www.imsglobal.org/xsd/ims_qtiasiv1p2", root.getNamespaceURI());
    for (Element item : all(root, "item")) {
      items.put(item.getAttribute("ident"), item);
    }
    assertEquals(ExportFixtures.questions().size(), items.size());
  }

  static Map<String, String> meta(Element item) {
    return all(item, "qtimetadatafield").stream().collect(Collectors.toMap(
        f -> all(f, "fieldlabel").get(0).getTextContent(),
        f -> all(f, "fieldentry").get(0).getTextContent()));
  }

  @Test
  void manifestPointsAtTheQuizFile() throws Exception {
    Element m = XmlSupport.parse(files.get("imsmanifest.xml")).getDocumentElement();
    Element r = all(m, "resource").get(0);
    assertEquals("imsqti_xmlv1p2", r.getAttribute("type"));
    assertTrue(files.containsKey(r.getAttribute("href")));
  }

  @Test
  void everyItemHasACanvasQuestionType() {
    Map<String, String> expected = Map.of("cloze-en-year", "numerical_question",
        "cloze-en-range", "short_answer_question", "choice-he", "multiple_choice_question",
        "truefalse-vi", "true_false_question", "timeline-he", "matching_question");
    expected.forEach((id, type) -> assertEquals(type, meta(items.get(id)).get("question_type")));
  }

  @Test
  void everyConditionNamesAnExistingResponseAndFullMarksAreReachable() {
    for (Element item : items.values()) {
      Set<String> responses = all(item, "response_lid").stream().map(e -> e.getAttribute("ident"))
          .collect(Collectors.toSet());
      all(item, "response_str").forEach(e -> responses.add(e.getAttribute("ident")));
      for (String tag : List.of("varequal", "vargte", "varlte")) {
        for (Element v : all(item, tag)) {
          assertTrue(responses.contains(v.getAttribute("respident")), item.getAttribute("ident"));
        }
      }
      assertTrue(all(item, "setvar").stream().anyMatch(s -> s.getAttribute("action").equals("Set")
          && Double.parseDouble(s.getTextContent()) >= 100), item.getAttribute("ident"));
    }
  }

  @Test
  void choiceMarksTheRightLabel() {
    Question q = ExportFixtures.question("choice-en-hostile");
    Element item = items.get(q.id());
    String right = all(item, "varequal").get(0).getTextContent();
    Element label = all(item, "response_label").stream()
        .filter(l -> l.getAttribute("ident").equals(right)).findFirst().orElseThrow();
    assertEquals(q.answer().text(), label.getTextContent().strip());
    String html = all(item, "mattext").get(0).getTextContent();
    assertEquals(q.prompt(), ExportFixtures.unhtml(html.replaceAll("^<p>|</p>$", "")));
  }

  @Test
  void approximateNumberIsARange() {
    Element item = items.get("cloze-en-approx");
    assertEquals("22500", all(item, "vargte").get(0).getTextContent());
    assertEquals("23500", all(item, "varlte").get(0).getTextContent());
  }

  @Test
  void sourceIsTheGeneralFeedback() {
    Element fb = all(items.get("truefalse-he"), "itemfeedback").get(0);
    assertTrue(fb.getTextContent().contains("he_karabakh.txt"));
  }
}
