package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.LineClass;
import org.junit.jupiter.api.Test;

/** Facts in layout lines are found but never asked; the report says why, by class. */
class LayoutFilterTest {
  @Test
  void layoutLinesNeverYieldQuestions() {
    String text = String.join("\n",
        "Treaty of Example",
        "",
        "Signed\t14 March 1721",
        "Parties\t3 kingdoms",
        "",
        "The treaty was signed on 14 March 1721 by three kingdoms after a war that had cost "
            + "about 40,000 lives.",
        "",
        "Delegates at the signing in a painting of 1760, with 12 figures",
        "",
        "Most of its 26 articles concerned the borders drawn in 1719 by the earlier truce.",
        "",
        "References",
        "",
        "Doe, J. (1988). The Treaty. Example Press. pp. 101–115. ISBN 0-000-00000-0.");
    Document doc = new Document("treaty.txt", text, Language.EN);
    Result r = new BankGenerator(SharedExtractor.get(), "test")
        .run(List.of(new SourceText(doc, "0")), GenerateOptions.defaults());
    assertFalse(r.bank().questions().isEmpty());
    for (Question q : r.bank().questions()) {
      for (Question.FactRef f : q.facts()) {
        assertEquals(LineClass.PROSE, doc.classAt(f.start()), q.prompt());
      }
    }
    long layout = r.report().skipped().stream()
        .filter(s -> s.reason() == SkipReason.LAYOUT).count();
    assertTrue(layout >= 4, "infobox, caption and reference facts skipped: " + layout);
    String report = r.report().format(r.bank());
    assertTrue(report.contains("skipped as layout: "), report);
    assertTrue(report.contains("infobox"), report);
    assertTrue(report.contains("reference"), report);
  }
}
