package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A chronology set one entry a line, in any script and of any length: a row that is only names,
 * places or a noun phrase under its date is a list row; a row that is a whole clause stays prose
 * (it is asked); prose paragraphs opening with a date stay prose. Lists are generated from
 * made-up names, dates and rows (fixed seeds), 200 a language and a kind, so that no rule fits
 * one page.
 */
class DatedRowsTest {
  private static final String[] EN_NAMES = {"Zelbin", "Marnov", "Kovla", "Tarnov", "Orvel",
      "Dusk Harbor", "Brenn", "Quillan", "Ost Varda", "Lemmer"};
  private static final String[] VI_NAMES = {"Vân Hà", "Phú Lộc", "Tân Mỹ", "Bến Vân", "Hòa Sơn",
      "Long Thạnh", "Đông Kha", "Mỹ Xuyên"};
  private static final String[] HE_NAMES = {"זלבין", "מרנוב", "קובלה", "טרנוב", "אורוול",
      "ברנדל", "קווילן", "למרגן"};
  private static final String[] EN_MONTHS = {"January", "March", "May", "August", "October"};
  private static final String[] HE_MONTHS = {"בינואר", "במרץ", "במאי", "באוגוסט", "באוקטובר"};
  private static final String[] SEPARATORS = {" – ", " — ", ": ", " - "};

  /** Rows that are names, places or a noun phrase: %T is a town. */
  private static final String[][] NOMINAL = {
      {"en", "%T", "%T, %T", "%T, %T, %T, %T, %T", "Siege of %T", "Plague", "Treaty of %T",
          "Great flood in %T", "Founding of %T", "Fire in the old market of %T"},
      {"vi", "%T", "%T, %T, %T", "Khởi nghĩa %T", "Trận %T", "Hiệp ước %T", "Lụt lớn ở %T",
          "Cách mạng ở %T"},
      {"he", "%T", "%T, %T", "%T, %T, %T, %T, %T, %T", "ייסוד %T", "מצור על %T", "קרב %T",
          "מגפה גדולה בערי הצפון", "חנוכת בית הספר החדש של %T"}};
  /** Rows that are whole clauses. */
  private static final String[][] CLAUSES = {
      {"en", "Merchants from %T reach the harbour.", "A fire destroys the market of %T.",
          "The council of %T signs a treaty with %T.", "The army of %T crossed the river.",
          "The first bridge opens at %T.", "Farmers from %T were given the vote."},
      {"vi", "Quân %T tấn công thành %T.", "Chợ %T bị cháy.", "Trường học đầu tiên được mở ở %T.",
          "Người dân %T đã dựng cầu qua sông.", "Hiệp ước với %T được ký kết."},
      {"he", "נוסדה המושבה %T.", "צבא %T כבש את %T.", "נחתם הסכם בין %T ל%T.",
          "שרפה גדולה כילתה את השוק של %T.", "הוקמה תחנת רכבת בדרום %T.",
          "תושבי %T הקימו בית חולים"}};

  private static String date(String lang, Random r) {
    int y = 1700 + r.nextInt(300);
    int d = 1 + r.nextInt(28);
    return switch (lang + r.nextInt(4)) {
      case "en1" -> d + " " + EN_MONTHS[r.nextInt(EN_MONTHS.length)] + " " + y;
      case "en2" -> EN_MONTHS[r.nextInt(EN_MONTHS.length)] + " " + d;
      case "en3" -> EN_MONTHS[r.nextInt(EN_MONTHS.length)] + " " + d + ", " + y;
      case "vi1" -> "Năm " + y;
      case "vi2" -> "Ngày " + d + " tháng " + (1 + r.nextInt(12)) + " năm " + y;
      case "vi3" -> d + "/" + (1 + r.nextInt(12)) + "/" + y;
      case "he1" -> d + " " + HE_MONTHS[r.nextInt(HE_MONTHS.length)] + " " + y;
      case "he2" -> "בשנת " + y;
      default -> String.valueOf(y);
    };
  }

  private static String fill(String template, String[] names, Random r) {
    String s = template;
    while (s.contains("%T")) {
      s = s.replaceFirst("%T", names[r.nextInt(names.length)]);
    }
    return s;
  }

  private static String[] names(String lang) {
    return switch (lang) {
      case "vi" -> VI_NAMES;
      case "he" -> HE_NAMES;
      default -> EN_NAMES;
    };
  }

  private static String[] pick(String[][] rows, String lang) {
    for (String[] r : rows) {
      if (r[0].equals(lang)) {
        return r;
      }
    }
    throw new IllegalArgumentException(lang);
  }

  /** One generated chronology: its text, its rows and whether each is a clause. */
  private record Chronology(String text, List<String> rows, List<Boolean> clauses) {}

  private static Chronology chronology(String lang, Random r, double clauseShare) {
    Language l = Language.fromCode(lang).orElseThrow();
    StringBuilder text = new StringBuilder(RowShapesTest.intro(l)).append("\n\n");
    List<String> rows = new ArrayList<>();
    List<Boolean> clauses = new ArrayList<>();
    int n = 2 + r.nextInt(7);
    boolean blank = r.nextBoolean();
    String bullet = new String[] {"", "", "• ", "- "}[r.nextInt(4)];
    String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
    for (int k = 0; k < n; k++) {
      boolean clause = r.nextDouble() < clauseShare;
      String[] pool = pick(clause ? CLAUSES : NOMINAL, lang);
      String row = bullet + date(lang, r) + sep
          + fill(pool[1 + r.nextInt(pool.length - 1)], names(lang), r);
      // A row ends with a full stop or not, whatever it is.
      row = row.endsWith(".") ? row.substring(0, row.length() - (r.nextInt(3) == 0 ? 1 : 0))
          : row + (r.nextInt(3) == 0 ? "." : "");
      rows.add(row);
      clauses.add(clause);
      text.append(row).append(blank ? "\n\n" : "\n");
    }
    text.append("\n").append(RowShapesTest.intro(l)).append('\n');
    return new Chronology(text.toString(), rows, clauses);
  }

  private static void check(Chronology c, Language lang) {
    Layout l = LayoutClassifier.classify(c.text(), lang, "x.txt");
    int from = 0;
    for (int k = 0; k < c.rows().size(); k++) {
      int at = c.text().indexOf(c.rows().get(k), from);
      from = at + c.rows().get(k).length();
      assertEquals(c.clauses().get(k) ? LineClass.PROSE : LineClass.LIST, l.classAt(at),
          c.rows().get(k) + "\n" + c.text());
    }
    assertEquals(LineClass.PROSE, l.classAt(0), c.text());
    assertEquals(LineClass.PROSE, l.classAt(c.text().length() - 5), c.text());
  }

  @Test
  void datedRowsOfNamesAndNounsAreListRowsInEveryLanguage() {
    Random r = new Random(12);
    for (String lang : List.of("en", "vi", "he")) {
      for (int trial = 0; trial < 200; trial++) {
        check(chronology(lang, r, 0), Language.fromCode(lang).orElseThrow());
      }
    }
  }

  @Test
  void datedRowsThatAreWholeClausesStayProseBesideRowsThatAreNot() {
    Random r = new Random(13);
    for (String lang : List.of("en", "vi", "he")) {
      for (int trial = 0; trial < 200; trial++) {
        check(chronology(lang, r, 0.5), Language.fromCode(lang).orElseThrow());
      }
    }
  }

  @Test
  void aLongHebrewRowOpeningWithItsDateIsNoWrapOfTheRowAbove() {
    // In a caseless script two long lines without a sentence mark join as a wrapped paragraph,
    // unless the next one opens with a date and a separator: a chronology's next row.
    String a = "1908: זלבין, מרנוב, קובלה, טרנוב, אורוול, ברנדל, קווילן, למרגן";
    String b = "1910: מרנוב, קובלה, טרנוב, אורוול, ברנדל, זלבין, קווילן, למרגן";
    String c = "1912: קובלה, טרנוב, אורוול, זלבין, מרנוב, ברנדל, קווילן, למרגן";
    String text = RowShapesTest.intro(Language.HE) + "\n\n" + a + "\n" + b + "\n" + c + "\n";
    Layout l = LayoutClassifier.classify(text, Language.HE, "x.txt");
    for (String row : List.of(a, b, c)) {
      assertTrue(l.blocks().stream().anyMatch(x -> x.of(text).equals(row)), row);
      assertEquals(LineClass.LIST, l.classAt(text.indexOf(row)), row);
    }
  }

  @Test
  void paragraphsOpeningWithADateStayProse() {
    String[] en = {
        "1848 – Zelbin rose against its governor. Within a month the army had left the town.",
        "1849 – Marnov fell to the rebels. The old walls were never rebuilt after the siege."};
    String[] he = {
        "1848 – התקוממות בזלבין נגד המושל. תוך חודש עזב הצבא את העיר ולא שב אליה.",
        "1849 – מרנוב בידי המורדים. החומות הישנות לא נבנו מחדש אחרי המצור."};
    for (String[] lines : List.of(en, he)) {
      Language lang = lines == he ? Language.HE : Language.EN;
      String text = String.join("\n\n", lines) + "\n";
      Layout l = LayoutClassifier.classify(text, lang, "x.txt");
      for (String line : lines) {
        assertEquals(LineClass.PROSE, l.classAt(text.indexOf(line)), line);
      }
    }
  }

  @Test
  void aRowOpensWithADateAndNothingElseBeforeItsSeparator() {
    LayoutWords en = LayoutWords.of(Language.EN);
    for (String row : List.of("1848 – Zelbin", "(1848) Zelbin", "March 3 – Treaty of Orvel",
        "3 March 1848: Zelbin", "• 1848–1850 – War of Orvel", "1848: Zelbin, Marnov")) {
      assertTrue(DatedRows.body(row, en) > 0, row);
    }
    for (String row : List.of("Chapter 12 – Zelbin", "Room 101: Zelbin", "12 – Zelbin",
        "Section 1848 – Zelbin", "Zelbin – 1848", "1848 –", "In 1848, Zelbin fell.",
        "The war of 1848 – a short account")) {
      assertEquals(-1, DatedRows.body(row, en), row);
    }
    assertTrue(DatedRows.body("בשנת 1848 – זלבין", LayoutWords.of(Language.HE)) > 0);
    assertTrue(DatedRows.body("תרס\"ד 1904 – זלבין", LayoutWords.of(Language.HE)) > 0);
    assertTrue(DatedRows.body("Ngày 2 tháng 9 năm 1945: Vân Hà",
        LayoutWords.of(Language.VI)) > 0);
  }
}
