package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.factdrill.generate.YearInserts.Insert;
import org.junit.jupiter.api.Test;

/**
 * A prompt shows each bracketed year once: a relative time and a yearless date resolved to the
 * same year ("Một tháng sau (1951), … vào _____ (1951)") keep the year beside the blank only.
 */
class YearInsertsTest {
  @Test
  void eachYearIsShownOnceAndTheBlanksOwnYearStaysBesideTheBlank() {
    Random r = new Random(1503);
    for (int k = 0; k < 2000; k++) {
      int blank = 50 + r.nextInt(50);
      List<Insert> in = new ArrayList<>();
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        int at = r.nextInt(4) == 0 ? blank : r.nextInt(150);
        in.add(new Insert(at, " (" + (1940 + r.nextInt(3)) + ")"));
      }
      List<Insert> out = YearInserts.once(in, blank);
      Set<String> texts = new HashSet<>();
      Set<String> atBlank = new HashSet<>();
      for (Insert i : in) {
        texts.add(i.text());
        if (i.at() == blank) {
          atBlank.add(i.text());
        }
      }
      Set<String> shown = new HashSet<>();
      int last = -1;
      for (Insert i : out) {
        assertTrue(shown.add(i.text()), in + " -> " + out); // once
        assertTrue(i.at() >= last, "in text order: " + out);
        last = i.at();
        if (atBlank.contains(i.text())) {
          assertEquals(blank, i.at(), "the blank's year stays beside the blank: " + out);
        }
      }
      assertEquals(texts, shown, "no year is lost: " + in + " -> " + out);
    }
  }

  @Test
  void aRelativeTimesYearIsDroppedWhenTheBlankShowsTheSame() {
    String text = "Một tháng sau, ban tiếng Anh của đài được lập vào ngày 8 tháng 3.";
    int s = text.indexOf("ngày 8");
    int e = s + "ngày 8 tháng 3".length();
    org.factdrill.extract.Fact f = new org.factdrill.extract.Fact(s, e, text.substring(s, e),
        org.factdrill.extract.FactKind.DATE, new org.factdrill.extract.Value.Date("--03-08"), null,
        false, new org.factdrill.text.Span(0, text.length()));
    String got = YearInserts.annotate(text, 0, text.length(), f, List.of(
        new Insert("Một tháng sau".length(), " (1951)"), new Insert(e, " (1951)")));
    assertEquals("Một tháng sau, ban tiếng Anh của đài được lập vào " + PromptBuilder.HOLE
        + " (1951).", got);
  }
}
