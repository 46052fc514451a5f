package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hebrew numerals: every value ICU writes from 1 to 6000 reads back, in the spellings texts use. */
class HebrewNumeralsTest {
  private final HebrewNumerals numerals = new HebrewNumerals();

  @Test
  void everyValueIcuWritesReadsBack() {
    List<String> misses = new ArrayList<>();
    int cases = 0;
    for (int n = 1; n <= 6000; n++) {
      String s = numerals.write(n);
      // As ICU writes it, with ASCII quotes, with typographic quotes, and with no marks at all
      // (a numeral of several letters: a lone letter without its geresh is any letter).
      List<String> forms = new ArrayList<>(List.of(s, s.replace('׳', '\'').replace('״', '"'),
          s.replace('׳', '’').replace('״', '”')));
      String bare = s.replaceAll("[׳״]", "");
      if (!s.contains(" ") && bare.length() > 1 && !s.startsWith(bare.substring(0, 1) + "׳")) {
        forms.add(bare);
      }
      for (String f : forms) {
        cases++;
        if (numerals.read(f) != n) {
          misses.add(n + " " + f + " -> " + numerals.read(f));
        }
      }
    }
    System.out.println("HebrewNumeralsTest: " + cases + " spellings of 1..6000 read back");
    assertEquals(List.of(), misses.subList(0, Math.min(20, misses.size())));
  }

  @Test
  void wordsThatAreNoNumeralsAreNotRead() {
    assertEquals(-1, numerals.read("שלום"));
    assertEquals(-1, numerals.read("חת")); // letters out of a numeral's order
    assertEquals(-1, numerals.read(""));
    assertEquals(-1, numerals.read("1948"));
  }

  @Test
  void yearsAsTextsWriteThem() {
    assertEquals(5708, numerals.read("ה'תש\"ח"));
    assertEquals(5708, numerals.read("ה' תש\"ח"));
    assertEquals(708, numerals.read("תש\"ח"));
    assertEquals(680, numerals.read("תרפ"));
    assertEquals(15, numerals.read("ט\"ו"));
    assertEquals(12, numerals.read("י“ב"));
    assertEquals(5, numerals.read("ה'"));
  }
}
