package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PromptBuilderTest {

  @Test
  void removesCitationMarkersAndMarkup() {
    assertEquals("The $100 aid of Bishkek Protocol and Shusha came.",
        PromptBuilder.clean("The \\$100 aid of [[Bishkek Protocol]] and [[Shusha|Shusha]] came.[12][a]"));
    assertEquals("Quá trình vũ trang Chiến tranh Nagorno-Karabakh",
        PromptBuilder.clean("Quá trình vũ trang Chiến_tranh_Nagorno-Karabakh"));
    assertEquals("told the Russian Nezavisimaya Gazeta last week",
        PromptBuilder.clean("told the Russian *Nezavisimaya Gazeta* last week"));
    assertEquals("ברית - המועצות, ניקולאי ריזקוב, שמוסקווה",
        PromptBuilder.clean("ברית - המועצות , ניקולאי ריזקוב ,\nשמוסקווה"));
  }

  @Test
  void removesCitationMarkersCutByTheSentenceSplitter() {
    assertEquals("Một đạo quân gồm 23 ngàn người.",
        PromptBuilder.clean("29] Một đạo quân gồm 23 ngàn người.["));
  }

  @Test
  void templateHasOneHoleWhereTheSpanWas() {
    String text = "Before. Russia kept 23,000 troops near Gyumri.[3] After.";
    int s = text.indexOf("Russia");
    int e = text.indexOf(" After");
    int f = text.indexOf("23,000");
    String t = new PromptBuilder().template(text, s, e, f, f + 6);
    assertEquals("Russia kept _____ troops near Gyumri.", PromptBuilder.fill(t, PromptBuilder.BLANK));
    assertEquals("Russia kept 23,000 troops near Gyumri.", PromptBuilder.fill(t, "23,000"));
  }

  @Test
  void spanInsideACitationMarkerGivesNoTemplate() {
    String text = "The war ended in 1994.[12] Later.";
    int f = text.indexOf("12]");
    assertNull(new PromptBuilder().template(text, 0, text.length(), f, f + 2));
  }

  @Test
  void longSentenceIsCutToTheClauseHoldingTheFact() {
    String text = "In the long winter of that year the ministers met again and again in the capital, "
        + "argued over every line of the draft with growing bitterness, walked out twice; "
        + "finally the ceasefire was signed on 12 May 1994 in Bishkek by all three parties, "
        + "while fighting went on in the hills to the south and east of the city for weeks.";
    int f = text.indexOf("12 May 1994");
    String t = new PromptBuilder().template(text, 0, text.length(), f, f + 11);
    String p = PromptBuilder.fill(t, PromptBuilder.BLANK);
    assertTrue(p.length() <= 220 && p.length() < text.length(), p);
    assertTrue(p.contains("ceasefire was signed on _____ in Bishkek"), p);
    assertTrue(p.startsWith("… ") || p.endsWith(" …"), p);
  }

  @Test
  void countsContextWords() {
    assertEquals(0, PromptBuilder.contextWords(PromptBuilder.HOLE + ""));
    assertEquals(3, PromptBuilder.contextWords("In " + PromptBuilder.HOLE + " it ended"));
  }

  /** Invented sentences whose apostrophes are the text's own: possessives, geresh, gershayim. */
  private static final java.util.List<String> OWN_APOSTROPHES = java.util.List.of(
      "The king's envoy reached the governors' hall in 1642.",
      "O'Neill's men didn't cross the river until the 1790's.",
      "ג'ורג' הגיע לעיר בשנת תש''ח עם אנשי צה''ל.",
      "ג׳ורג׳ הגיע לעיר בשנת תש״ח עם אנשי צה״ל.",
      "הרמטכ\"ל ביקר בבסיס ב-1973 עם סגנו.",
      "Quân của vua Lê tiến vào thành năm 1428, dân chúng mừng rỡ.",
      "Ông d'Argenlieu đến Sài Gòn năm 1945.");

  @Test
  void keepsApostrophesThatAreTheTextsOwn() {
    for (String s : OWN_APOSTROPHES) {
      assertEquals(s, PromptBuilder.clean(s));
    }
  }

  @Test
  void stripsWikiBoldAndItalicMarksThatPairUp() {
    for (String s : OWN_APOSTROPHES) {
      String[] words = s.split(" ");
      for (int i = 0; i < words.length; i++) {
        // a word starting or ending with its own apostrophe would run into the mark
        boolean clear = !words[i].endsWith("'") && !words[i].startsWith("'");
        for (String mark : new String[] {"''", "'''", "'''''"}) {
          String[] marked = words.clone();
          marked[i] = mark + words[i] + mark;
          String input = String.join(" ", marked);
          if (clear) {
            assertEquals(s, PromptBuilder.clean(input), input);
          }
        }
        if (i + 1 < words.length && !words[i].startsWith("'") && !words[i + 1].endsWith("'")) {
          String[] marked = words.clone();
          marked[i] = "'''" + words[i];
          marked[i + 1] = words[i + 1] + "'''";
          String input = String.join(" ", marked);
          assertEquals(s, PromptBuilder.clean(input), input);
        }
      }
    }
    assertEquals("בירושלים נחתם ב-1949.", PromptBuilder.clean("ב'''ירושלים''' נחתם ב-1949."),
        "a prefix letter outside the bold");
    assertEquals("Napoleon's army crossed in 1812.",
        PromptBuilder.clean("'''Napoleon''''s army crossed in 1812."));
    assertEquals("Ông là một vị \"vua của các vua\" năm 939.",
        PromptBuilder.clean("Ông là một vị ''\"vua của các vua''\" năm 939."));
  }

  @Test
  void dropsAWikiItalicMarkWhosePairIsInAnotherSentence() {
    assertEquals("Sử gia nhận xét: \"Quân của vua có 65 thành.",
        PromptBuilder.clean("Sử gia nhận xét: ''\"Quân của vua có 65 thành."));
    assertEquals("The end of the quote came in 1850.\"",
        PromptBuilder.clean("The end of the quote came in 1850.\"''"));
    assertEquals("צה''ל נוסד ב-1948.", PromptBuilder.clean("צה''ל נוסד ב-1948."),
        "two apostrophes inside a Hebrew acronym stay");
  }
}
