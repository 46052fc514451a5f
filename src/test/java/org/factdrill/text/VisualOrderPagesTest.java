package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 1 of the twenty-second review: a Hebrew page stored in visual order (each line's letters
 * reversed, digits left to right) puts the final letter forms at the words' starts; such a page
 * is read as unreadable (no facts, a note saying why) instead of as reversed words and numbers
 * glued to the wrong words. The same page in reading order is read as before. Text made up.
 */
class VisualOrderPagesTest {
  private static final String LOGICAL = """
      פתיחת תחנת הרכבת

      תחנת הרכבת החדשה בעיר נפתחה ב-3 ביוני 1927 בנוכחות המושל ומאות אורחים.
      אורך הרציף הראשי הוא 210 מטרים, והתחנה נבנתה במשך ארבע שנים.
      בשנת 1944 נסגרה התחנה לזמן קצר ונפתחה שוב כעבור שלוש שנים, בשנת 1947.
      """;
  private static final Pattern LEFT_TO_RIGHT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.,:/-]*");

  @TempDir
  Path dir;

  /** The line as a visual-order copy stores it: reversed, its digit runs kept left to right. */
  private static String visual(String line) {
    String r = new StringBuilder(line).reverse().toString();
    Matcher m = LEFT_TO_RIGHT.matcher(r);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(
          new StringBuilder(m.group()).reverse().toString()));
    }
    return m.appendTail(out).toString();
  }

  private DocumentLoader.Loaded load(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return new DocumentLoader(Optional.empty(), Optional.of(Language.HE), false).load(p, name);
  }

  @Test
  void aHebrewPageInVisualOrderIsReadAsUnreadable() throws Exception {
    StringBuilder b = new StringBuilder();
    for (String line : LOGICAL.split("\n", -1)) {
      b.append(visual(line)).append('\n');
    }
    DocumentLoader.Loaded l = load("visual.txt", b.toString());
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("visual order")), l.notes().toString());
    assertEquals(java.util.List.of(), SharedExtractor.get().extract(l.doc()));
  }

  @Test
  void theSamePageInReadingOrderIsReadAsBefore() throws Exception {
    DocumentLoader.Loaded l = load("logical.txt", LOGICAL);
    assertFalse(l.notes().stream().anyMatch(n -> n.contains("visual order")), l.notes().toString());
    assertTrue(SharedExtractor.get().extract(l.doc()).stream().map(Fact::text)
        .anyMatch(t -> t.equals("ב-3 ביוני 1927")), l.doc().text());
  }

  @Test
  void aPointedPageInVisualOrderIsFoundThroughItsPoints() throws Exception {
    String line = "הַמֶּלֶךְ בָּנָה אַרְמוֹן וְגַן וּמִגְדָּל וְעֵץ בְּכָל מָקוֹם בִּשְׁנַת 1650.";
    String page = line + "\n" + line + "\n";
    assertFalse(load("pointed.txt", page).notes().stream().anyMatch(n -> n.contains("visual")));
    DocumentLoader.Loaded l = load("pointed-visual.txt", visual(line) + "\n" + visual(line) + "\n");
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("visual order")), l.doc().text());
  }
}
