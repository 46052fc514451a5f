package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.extract.FactKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (fourteenth session): a copy whose line breaks were removed with their spaces glues
 * the last word of every printed line to the first of the next. Its paragraph is read as one long
 * line of prose (never a site's contact line for its phone-shaped digit runs), its facts are
 * found, and it is known by the punctuation glued to the next word. Made-up lines, wrapped at
 * random widths.
 */
class LostBreaksTest {
  private static final List<String> ENTRIES = List.of(
      "4 Mar. 1921 The harbour board of Port Vessel opened its new graving dock, able to take "
          + "ships of 12,000 tons, after four years of work by a crew of about 900 men.",
      "19 Apr. 1921 A gale off the northern cape, the worst in living memory, drove three "
          + "colliers ashore; the board's two tugs saved their crews.",
      "2 Jun. 1921 The first steamer of the Orion line, built at Dunmore, Scotland, entered the "
          + "dock (a ship of 9,500 tons) before a crowd of thousands.",
      "30 Sep. 1921 The board reported a year's trade of $4 million, a record for the port.");

  @Test
  void aParagraphWhoseLineBreaksWereRemovedShowsItsSeams() {
    Random rnd = new Random(1401);
    int lost = 0;
    for (int n = 0; n < 200; n++) {
      String text = Wrap.at("Chronology of the port, 1920-1925" + String.join("", ENTRIES),
          40 + rnd.nextInt(40), "");
      lost += LostBreaks.in(text) ? 1 : 0;
    }
    assertTrue(lost >= 150, "found in " + lost + " of 200 wrappings");
    assertFalse(LostBreaks.in(String.join(" ", ENTRIES)), "the same prose, spaced");
    assertFalse(LostBreaks.in("See www.example.org/page.html,cited 2001; the end.Done"),
        "two slips are no lost breaks");
  }

  @Test
  void aLongRunTogetherLineIsProseAndItsFactsAreFound() {
    String text = "Chronology of the port, 1920-1925" + Wrap.at(String.join("", ENTRIES), 60, "");
    Document d = new Document("t.txt", text + "\n", Language.EN);
    assertEquals(LineClass.PROSE, d.classAt(0), "not a contact line for \"1920-19254\"");
    List<String> dates = new ArrayList<>();
    for (Fact f : SharedExtractor.get().extract(d)) {
      if (f.kind() == FactKind.DATE) {
        dates.add(f.text());
      }
    }
    assertTrue(dates.containsAll(List.of("1920-1925", "4 Mar. 1921", "19 Apr. 1921",
        "2 Jun. 1921", "30 Sep. 1921")), dates.toString());
  }
}
