package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.factdrill.lang.Phrase;
import org.junit.jupiter.api.Test;

/** The import screen's reason for a file it could not read is worded in the interface language. */
class ImportRowLanguageTest {

  private static String row(String lang, Phrase why) {
    return new Importer.FileRow("broken.docx", null, null, null, 0, 0, Map.of(), why)
        .describe(new Messages(lang));
  }

  @Test
  void aDamagedFilesReasonIsInTheInterfaceLanguage() {
    Phrase why = Phrase.of("text.not_zip", "DOCX");
    String en = row("en", why);
    assertTrue(en.startsWith("broken.docx: ") && en.contains("zip"), en);
    for (String lang : new String[] {"vi", "he", "ru"}) {
      String s = row(lang, why);
      assertTrue(s.startsWith("broken.docx: "), s);
      assertFalse(s.contains("complete zip archive"), lang + ": " + s);
    }
  }

  @Test
  void aSecondFileOfTheSameNameIsNamedInTheInterfaceLanguage() {
    Phrase why = Phrase.of("tui.import_second_file", "a.txt");
    assertTrue(row("en", why).contains("a second file named a.txt"), row("en", why));
    assertFalse(row("vi", why).contains("second file"), row("vi", why));
    assertFalse(row("he", why).contains("second file"), row("he", why));
  }
}
