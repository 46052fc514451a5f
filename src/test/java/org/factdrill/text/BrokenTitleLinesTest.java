package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class 8 of the seventeenth review: a legal text writes its heading over several lines with no
 * blank line between (the document's kind, then the issuing state, each in capitals); the title is
 * the whole heading, in sentence case with the prose's names kept, never the one line that names
 * only the state. A script without capitals joins its short heading lines the same way. A
 * one-line title, a title over its byline and a mixed-case title over a line in capitals stay as
 * they were. Kinds, states and sentences are invented.
 */
class BrokenTitleLinesTest {

  private static String title(String lang, String text) {
    return LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt").title();
  }

  /** Three articles of prose that name the state several times, so its line scores best. */
  private static String prose(String[] words, String state, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      b.append(words[0]).append(' ').append(i).append(". ").append(state).append(' ')
          .append(words[1]).append(' ').append(n + i).append(' ').append(words[2]).append(' ')
          .append(1900 + n + i).append(", ").append(words[3]).append(' ').append(state)
          .append(' ').append(words[4]).append(".\n\n");
    }
    return b.toString();
  }

  private static final String[] EN = {"Article", "shall keep", "boats on the river in the year",
      "and the harbour board of the", "shall pay for them out of the yearly grant of the city"};
  private static final String[] VI = {"Điều", "sẽ lập", "trạm giống lúa trong năm",
      "và bộ nông nghiệp của", "sẽ cấp ngân sách cho các trạm giống lúa ở các tỉnh miền núi"};
  private static final String[] HE = {"סעיף", "תקים", "תחנות זרעים בשנת",
      "ומשרד החקלאות של", "יממן את התחנות מן התקציב השנתי של המחוזות ההרריים"};

  @Test
  void aHeadingInCapitalsBrokenOverLinesIsOneTitleInSentenceCase() {
    String[][] en = {{"ORDINANCE", "Free City of Varden"}, {"CHARTER", "Republic of Oskel"},
        {"DECREE", "Grand Duchy of Merrow"}, {"STATUTE", "Kingdom of Tarsk"},
        {"PROCLAMATION", "Commonwealth of Ilvane"}};
    String[][] vi = {{"SẮC LỆNH", "Cộng hòa Varden"}, {"HIẾN CHƯƠNG", "Vương quốc Oskel"},
        {"NGHỊ ĐỊNH", "Liên bang Merrow"}, {"CHIẾU", "Đế quốc Tarsk"},
        {"PHÁP LỆNH", "Cộng hòa Ilvane"}};
    int n = 0;
    for (String[] c : en) {
      String state = c[1];
      String text = c[0] + "\nOF THE " + state.toUpperCase(java.util.Locale.ROOT) + "\n\n"
          + prose(EN, "the " + state, n++);
      String kind = c[0].charAt(0) + c[0].substring(1).toLowerCase(java.util.Locale.ROOT);
      assertEquals(kind + " of the " + state, title("en", text), text);
    }
    for (String[] c : vi) {
      String state = c[1];
      String text = c[0] + "\nCỦA " + state.toUpperCase(java.util.Locale.ROOT) + "\n\n"
          + prose(VI, state, n++);
      String kind = c[0].charAt(0) + c[0].substring(1).toLowerCase(java.util.Locale.ROOT);
      assertEquals(kind + " của " + state, title("vi", text), text);
      // (its number and date on a third line: the three pass for a box's rows by their figures)
      String dated = c[0] + "\nCỦA " + state.toUpperCase(java.util.Locale.ROOT) + "\nSỐ " + n
          + " NGÀY 14 THÁNG 6 NĂM 1947\n\n" + prose(VI, state, n++);
      assertEquals(kind + " của " + state + " (1947)", title("vi", dated), dated); // (its year: s18 class 10)
    }
  }

  @Test
  void shortHeadingLinesOfAScriptWithoutCapitalsAreOneTitle() {
    String[][] he = {{"פקודת הנמלים", "ממשלת מדינת ורדן"}, {"חוק המים", "ממשלת נסיכות אוסקל"},
        {"צו התחנות", "ממשלת דוכסות מרו"}};
    int n = 0;
    for (String[] c : he) {
      String text = c[0] + "\n" + c[1] + "\n\n" + prose(HE, c[1], n++);
      assertEquals(c[0] + " " + c[1], title("he", text), text);
    }
  }

  @Test
  void aOneLineTitleATitleOverItsBylineAndAMixedCaseTitleStayAsTheyWere() {
    List<String[]> cases = List.of(
        new String[] {"en", "Ordinance of the Free City of Varden", "", "the Free City of Varden"},
        new String[] {"en", "Ordinance of the Free City of Varden", "By Alder Quint",
            "the Free City of Varden"},
        new String[] {"en", "Ordinance of the Free City of Varden", "HARBOUR BOARD NOTICES",
            "the Free City of Varden"},
        new String[] {"vi", "Sắc lệnh của Cộng hòa Varden", "", "Cộng hòa Varden"},
        new String[] {"vi", "Sắc lệnh của Cộng hòa Varden", "Tác giả: Lê Văn Quint",
            "Cộng hòa Varden"},
        new String[] {"vi", "Sắc lệnh của Cộng hòa Varden", "BỘ NÔNG NGHIỆP THÔNG BÁO",
            "Cộng hòa Varden"},
        new String[] {"he", "פקודת הנמלים של מדינת ורדן", "", "מדינת ורדן"},
        new String[] {"he", "פקודת הנמלים של מדינת ורדן", "מאת אלדר קווינט", "מדינת ורדן"});
    int n = 0;
    for (String[] c : cases) {
      String[] words = c[0].equals("en") ? EN : c[0].equals("vi") ? VI : HE;
      String text = c[1] + "\n" + (c[2].isEmpty() ? "" : c[2] + "\n") + "\n"
          + prose(words, c[3], n++);
      assertEquals(c[1], title(c[0], text), text);
    }
  }

  @Test
  void aOneLineTitleInCapitalsIsShownInSentenceCaseWithItsNames() {
    String text = "THE HARBOUR OF VARDEN\n\n" + prose(EN, "the harbour of Varden", 3);
    assertEquals("The harbour of Varden", title("en", text));
    String vi = "CẢNG VARDEN XƯA\n\n" + prose(VI, "cảng Varden xưa", 4);
    assertEquals("Cảng Varden xưa", title("vi", vi));
  }

  @Test
  void aNameOfTwoWordsKeepsItsCapitalsThoughOneOfItsWordsIsMostlyACommonWord() {
    // "march", "kỳ": common words the prose writes in small letters more often than as part of the
    // name; the name's run ("New March", "Lam Kỳ") is what the prose writes capitalised.
    String en = "THE FAIR OF NEW MARCH\n\nThe march began in 1901 and the march ended in 1902."
        + " The fair of New March opened in 1903. The march was long and the march was cold.\n";
    assertEquals("The fair of New March", title("en", en), en);
    String vi = "HỘI CHỢ CỦA LAM KỲ\n\nThời kỳ đầu bắt đầu năm 1901 và thời kỳ sau năm 1902."
        + " Hội chợ của Lam Kỳ mở năm 1903. Mỗi kỳ hội kéo dài và một kỳ nghỉ ngắn.\n";
    assertEquals("Hội chợ của Lam Kỳ", title("vi", vi), vi);
  }

  @Test
  void wordsTheProseShoutsInARunOfCapitalsAreNotANamesForm() {
    // a notice or a signature quoted in capitals inside the prose is no evidence of a name: the
    // title's words stay in small letters, an acronym among small words keeps its capitals
    String en = "ORDER OF THE HARBOUR BOARD\n\nThe notice read HARBOUR BOARD ORDERS ALL BOATS ASHORE"
        + " in 1901. It read HARBOUR BOARD ORDERS again in 1902 and the harbour board met in 1903."
        + " A later notice said HARBOUR BOARD CLOSED in 1904.\n";
    assertEquals("Order of the harbour board", title("en", en), en);
    String acr = "ORDER OF THE VNQB BOARD\n\nThe VNQB board met in 1901 and the VNQB board sat in"
        + " 1902. The board closed in 1903.\n";
    assertEquals("Order of the VNQB board", title("en", acr), acr);
  }

  @Test
  void aStackOfCapitalsLinesReadAsAMenuAndADateLineUnderTheTitleAreNotJoined() {
    String stack = "QUORVEX HISTORY LIBRARY\nALDER QUINT\nTHE HARBOUR OF VARDEN\n\n"
        + prose(EN, "the harbour of Varden", 5);
    assertEquals("The harbour of Varden", title("en", stack), stack);
    String dated = "THE HARBOUR OF VARDEN\n3 March 1921\n\n" + prose(EN, "the harbour of Varden", 6);
    assertEquals("The harbour of Varden", title("en", dated), dated);
  }
}
