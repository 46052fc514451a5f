package org.factdrill.export.qti21;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.XmlSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import uk.ac.ed.ph.jqtiplus.JqtiExtensionManager;
import uk.ac.ed.ph.jqtiplus.node.item.AssessmentItem;
import uk.ac.ed.ph.jqtiplus.notification.Notification;
import uk.ac.ed.ph.jqtiplus.notification.NotificationLevel;
import uk.ac.ed.ph.jqtiplus.reading.AssessmentObjectXmlLoader;
import uk.ac.ed.ph.jqtiplus.reading.QtiXmlReader;
import uk.ac.ed.ph.jqtiplus.utils.contentpackaging.ContentPackageResource;
import uk.ac.ed.ph.jqtiplus.utils.contentpackaging.QtiContentPackageExtractor;
import uk.ac.ed.ph.jqtiplus.utils.contentpackaging.QtiContentPackageSummary;
import uk.ac.ed.ph.jqtiplus.validation.ItemValidationResult;
import uk.ac.ed.ph.jqtiplus.validation.TestValidationResult;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.FileResourceLocator;

/** The QTI 2.1 package read by JQTI+ (QTIWorks): manifest, schema and semantic validation. */
class Qti21ExporterTest {
  @TempDir static Path dir;
  static QtiContentPackageSummary summary;
  static AssessmentObjectXmlLoader loader;
  static Map<String, byte[]> files;

  @BeforeAll
  static void export() throws Exception {
    var out = ExportFixtures.export("qti21", ExportFixtures.questions());
    assertTrue(out.result().skipped().isEmpty(), out.result().skipped().toString());
    files = ExportFixtures.unzip(out.bytes());
    ExportFixtures.unzipTo(out.bytes(), dir);
    summary = new QtiContentPackageExtractor(dir.toFile()).parse();
    loader = new AssessmentObjectXmlLoader(new QtiXmlReader(new JqtiExtensionManager()),
        new FileResourceLocator());
  }

  static List<String> errors(List<Notification> ns) {
    List<String> out = new ArrayList<>();
    for (Notification n : ns) {
      if (n.getNotificationLevel() == NotificationLevel.ERROR) {
        out.add(n.getMessage());
      }
    }
    return out;
  }

  @Test
  void manifestListsOneItemPerQuestionAndTheTest() {
    assertEquals(ExportFixtures.questions().size(), summary.getItemResources().size());
    assertEquals(1, summary.getTestResources().size());
  }

  @Test
  void everyItemPassesJqtiValidation() {
    for (ContentPackageResource r : summary.getItemResources()) {
      ItemValidationResult v = loader.loadResolveAndValidateItem(dir.toUri().resolve(r.getHref()));
      assertTrue(v.getResolvedAssessmentItem().getRootNodeLookup().wasSuccessful(),
          r.getHref() + " could not be read");
      assertEquals(List.of(), errors(v.getNotifications()), r.getHref().toString());
    }
  }

  @Test
  void theTestPassesJqtiValidation() {
    ContentPackageResource t = summary.getTestResources().get(0);
    TestValidationResult v = loader.loadResolveAndValidateTest(dir.toUri().resolve(t.getHref()));
    assertEquals(List.of(), errors(v.getNotifications()));
  }

  static AssessmentItem item(String id) {
    return loader.loadResolveAndValidateItem(dir.resolve("items/" + id + ".xml").toUri())
        .getResolvedAssessmentItem().getRootNodeLookup().extractAssumingSuccessful();
  }

  @Test
  void interactionsMatchQuestionTypes() throws Exception {
    assertTrue(text("choice-vi").contains("<choiceInteraction"));
    assertTrue(text("truefalse-he").contains("<choiceInteraction"));
    assertTrue(text("timeline-en").contains("<orderInteraction"));
    assertTrue(text("cloze-en-approx").contains("<textEntryInteraction"));
    assertTrue(text("cloze-en-approx").contains("tolerance=\"500 500\""));
    assertEquals("float", item("cloze-en-approx").getResponseDeclaration(
        uk.ac.ed.ph.jqtiplus.types.Identifier.parseString("RESPONSE")).getBaseType().toQtiString());
    assertEquals("string", item("cloze-he-date").getResponseDeclaration(
        uk.ac.ed.ph.jqtiplus.types.Identifier.parseString("RESPONSE")).getBaseType().toQtiString());
  }

  static String text(String id) {
    return new String(files.get("items/" + id + ".xml"), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void correctResponsesPointAtTheRightChoices() throws Exception {
    Question q = ExportFixtures.question("choice-en-hostile");
    Element root = XmlSupport.parse(files.get("items/choice-en-hostile.xml")).getDocumentElement();
    String correct = XmlSupport.all(root, "correctResponse").get(0).getTextContent().strip();
    Element choice = XmlSupport.all(root, "simpleChoice").stream()
        .filter(c -> c.getAttribute("identifier").equals(correct)).findFirst().orElseThrow();
    assertEquals(q.answer().text(), choice.getTextContent());
    assertEquals(q.prompt(), XmlSupport.all(root, "prompt").get(0).getTextContent()
        .replace("\n", ""));
    Element timeline = XmlSupport.parse(files.get("items/timeline-en.xml")).getDocumentElement();
    List<String> order = XmlSupport.all(XmlSupport.all(timeline, "correctResponse").get(0),
        "value").stream()
        .map(Element::getTextContent).toList();
    assertEquals(List.of("E3", "E1", "E2"), order);
  }

  @Test
  void sourceIsShownAsFeedback() {
    assertTrue(text("cloze-vi-money").contains("<modalFeedback"));
    assertTrue(text("cloze-vi-money").contains("vi_karabakh.txt"));
  }
}
