package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 45 of the twentieth review: a title that is only a date ("<month> <year>", an archive
 * page's) names no topic, so it is no question's context line: it would look like the fact's own
 * time. Titles as a heading of a Markdown page, in the three languages, with and without a
 * prefix letter; a title that names a topic beside its date stays. Texts made up.
 */
class DateOnlyTitleNoContextTest {
  @TempDir
  Path dir;

  private Result bank(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    Document doc = new DocumentLoader(Optional.empty(), Optional.empty(), false)
        .load(p, name).doc();
    return Fixtures.generate(1, new DocFacts(new SourceText(doc, "0".repeat(64)),
        SharedExtractor.get().extract(doc)));
  }

  private static final String HE_BODY = "\n\nבשנת 1871 נבנה מחדש הנמל הישן של העיר על ידי 400 פועלים"
      + " מערי הדרום.\n\nבשנת 1998 פרח החצב מוקדם בגבעות הגליל, ו-3,000 מטיילים באו לראותו.\n";
  private static final String EN_BODY = "\n\nThe old harbour of Varnholm was rebuilt in 1871 by 400"
      + " workers from the southern towns.\n";
  private static final String VI_BODY = "\n\nNăm 1871, bến cảng cũ của thị trấn Varnholm được 400"
      + " công nhân từ các tỉnh phía nam xây dựng lại.\n";

  @Test
  void aTitleThatIsOnlyAMonthAndYearIsNoContextLine() throws Exception {
    String[][] pages = {{"he", "# נובמבר 2014" + HE_BODY, "נובמבר"},
        {"he", "# בנובמבר 2014" + HE_BODY, "נובמבר"}, {"en", "# November 2014" + EN_BODY, "November"},
        {"vi", "# Tháng 11 năm 2014" + VI_BODY, "háng 11"}, {"en", "# 12.11.2014" + EN_BODY, "2014"}};
    for (String[] p : pages) {
      Result r = bank("a-" + p[0] + ".md", p[1]);
      assertFalse(r.bank().questions().isEmpty(), p[1]);
      for (Question q : r.bank().questions()) {
        assertFalse(q.context() != null && q.context().contains(p[2]), q.context() + "\n" + p[1]);
      }
    }
  }

  @Test
  void aTitleNamingATopicBesideItsDateStays() throws Exception {
    Result r = bank("b-he.md", "# הנמל הישן של העיר, נובמבר 2014" + HE_BODY);
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.context() != null
        && q.context().contains("הנמל")), r.report().format(r.bank()));
  }
}
