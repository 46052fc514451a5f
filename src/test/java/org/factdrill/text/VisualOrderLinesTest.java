package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A right-to-left line a PDF copy gave in visual order (a section label ". 7" before the
 * section's first word, a full stop opening the line) is mended in place, each line keeping its
 * length: the label reads "7 ." and is no figure, the stop ends its sentence. Hebrew and Arabic
 * statutes made up for this test; left-to-right lines and lines with their own end stay as they are.
 */
class VisualOrderLinesTest {
  @TempDir
  Path dir;

  // sections made up for this test
  private static final String[] HE = {"המועצה תתכנס לישיבתה הראשונה בתוך שלושים ימים",
      "השר רשאי להתקין תקנות בכל עניין הנוגע לביצוע חוק זה", "הוועדה תמנה שבעה חברים"};
  private static final String[] AR = {"يجتمع المجلس في دورته الأولى خلال ثلاثين يوما",
      "للوزير أن يصدر الأنظمة اللازمة لتنفيذ هذا القانون"};

  @Test
  void aMirroredSectionLabelIsWrittenBackInItsOrderAndLengthsHold() {
    Random r = new Random(1717);
    for (int k = 0; k < 200; k++) {
      String[] bodies = k % 2 == 0 ? HE : AR;
      String body = bodies[r.nextInt(bodies.length)];
      int section = 1 + r.nextInt(120);
      String before = "כותרת\n";
      String text = before + ". " + section + " " + body + "\n" + body + ".\n";
      String mended = VisualOrderLines.mend(text);
      assertEquals(text.length(), mended.length(), text);
      assertTrue(mended.startsWith(before + section + " . " + body + "\n"), mended);
      assertTrue(mended.endsWith("\n" + body + ".\n"), mended); // a line with its own end stays
    }
  }

  @Test
  void aFullStopOpeningARightToLeftLineGoesBackToItsEnd() {
    for (String body : new String[] {HE[0], HE[2], AR[1]}) {
      for (String open : new String[] {".", ". "}) {
        String text = open + body + "\n";
        String mended = VisualOrderLines.mend(text);
        assertEquals(text.length(), mended.length());
        assertEquals(body + ".", mended.strip(), text);
      }
    }
  }

  @Test
  void leftToRightLinesEllipsesAndLinesWithTheirOwnEndStay() {
    String[] same = {". 7 The council shall meet within thirty days\n", ".The council shall meet\n",
        "...והמועצה תתכנס\n", ". המועצה תתכנס.\n", "7 . המועצה תתכנס\n", ": 12\n", ""};
    for (String t : same) {
      assertEquals(t, VisualOrderLines.mend(t), t);
    }
  }

  @Test
  void aMendedLabelIsNoFactWhenTheTextIsRead() throws Exception {
    Path p = dir.resolve("law.txt");
    String law = "חוק המועצות\n. 7 " + HE[0] + "\n. 8 " + HE[2] + " ביום 12 במרס 1961\n";
    Files.writeString(p, law, StandardCharsets.UTF_8);
    Document d = new DocumentLoader(Optional.empty(), Optional.empty(), false)
        .load(p, "law.txt").doc();
    assertEquals(law.length(), d.text().length());
    java.util.List<Fact> facts = new FactExtractor().extract(d);
    assertFalse(facts.stream().anyMatch(f -> f.text().equals("7") || f.text().equals("8")),
        facts.toString());
    assertTrue(facts.stream().anyMatch(f -> f.text().contains("1961")), facts.toString());
  }
}
