package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A saved patch's headers are layout: a hunk header's line numbers ("@@ -3,7 +3,9 @@") and a
 * file's mode ("new file mode 100755") are no facts; the patched text's figures are. A mode word
 * before other digits, and "@" in prose, change nothing. Texts made up.
 */
class DiffHeadersTest {

  private static List<String> facts(String text, Language lang) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang)).stream()
        .map(Fact::text).toList();
  }

  @Test
  void aPatchsHeaderNumbersAreNoFacts() {
    String en = "diff --git \"a/notes.txt\" \"b/notes.txt\" new file mode 100755--- /dev/null +++"
        + " \"b/notes.txt\" @@ -3,7 +3,9 @@ +The harbour opened in 1848 with 12 cranes.\n";
    assertEquals(List.of("1848", "12"), facts(en, Language.EN));
    String he = "new file mode 100755 @@ -3,7 +3,9 @@ +הנמל נפתח בשנת 1848 ובו 12 מנופים.\n";
    assertEquals(List.of("בשנת 1848", "12"), facts(he, Language.HE));
  }

  @Test
  void theSameMarksInProseLeaveItsFiguresAlone() {
    assertEquals(List.of("1848", "412"), facts("In 1848 the mode of payment changed and 412"
        + " clerks wrote to the board @ the harbour.\n", Language.EN));
  }
}
