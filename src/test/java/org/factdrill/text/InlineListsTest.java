package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line that is a run of segments of one shape ("1795 – Town, 1801 – Port, …", "Name
 * (1801–1850); Name (1805–1860); …") is a list; a chronology told in clauses on one line stays
 * prose. Lists are generated from made-up names, templates and figures (fixed seed) in four
 * languages, so no rule can fit one page.
 */
class InlineListsTest {
  private static final String[] NAMES = {"Zelbin", "Marnov", "Kovla", "Tarnov", "Plimsoll",
      "Zarnov", "Orvel", "Dusk Harbor", "Brenn", "Quillan", "Ost Varda", "Lemmer"};
  private static final String[] HE_NAMES = {"זלבין", "מרנוב", "קובלה", "טרנוב", "אורבל",
      "ברן", "קווילן", "למר"};
  private static final String[] RU_NAMES = {"Зелбин", "Марнов", "Ковла", "Тарнов", "Орвель",
      "Бренн", "Квиллан", "Леммер"};

  /** Segment templates: %Y a year, %Z a later year, %N a figure, %T a name of the language. */
  private static final String[][] TEMPLATES = {
      {"en", "%Y – %T"}, {"en", "%T (%Y–%Z)"}, {"en", "%T, %Y"}, {"en", "%T: %N votes"},
      {"en", "%N ships at %T"},
      {"vi", "%Y – %T"}, {"vi", "năm %Y: %T"}, {"vi", "%T (%Y–%Z)"}, {"vi", "%N tàu ở %T"},
      {"he", "%Y – %T"}, {"he", "%T (%Y–%Z)"}, {"he", "%T, %Y"},
      {"ru", "%Y — %T"}, {"ru", "%T (%Y–%Z)"}, {"ru", "%T, %Y"},
  };
  private static final String[] SEPARATORS = {", ", "; ", " · "};

  private static String name(String lang, Random r) {
    String[] pool = lang.equals("he") ? HE_NAMES : lang.equals("ru") ? RU_NAMES : NAMES;
    return pool[r.nextInt(pool.length)];
  }

  private static String segment(String lang, String template, Random r) {
    int y = 1700 + r.nextInt(250);
    return template.replace("%Y", String.valueOf(y)).replace("%Z", String.valueOf(y + 1 + r.nextInt(60)))
        .replace("%N", String.valueOf(2 + r.nextInt(400))).replace("%T", name(lang, r));
  }

  @Test
  void generatedOneLineListsAreListsInEveryLanguage() {
    Random r = new Random(10);
    for (int trial = 0; trial < 300; trial++) {
      String[] t = TEMPLATES[r.nextInt(TEMPLATES.length)];
      String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
      if (sep.equals(", ") && t[1].contains(",")) {
        sep = "; "; // a segment holding a comma is set between semicolons
      }
      List<String> segs = new ArrayList<>();
      for (int k = 0, n = 3 + r.nextInt(5); k < n; k++) {
        segs.add(segment(t[0], t[1], r));
      }
      String line = (r.nextBoolean() ? label(t[0]) : "") + String.join(sep, segs)
          + (r.nextBoolean() ? "." : "");
      Language lang = Language.fromCode(t[0]).orElseThrow();
      String s = RowShapesTest.intro(lang) + "\n\n" + line + "\n\n" + RowShapesTest.intro(lang) + "\n";
      Layout l = LayoutClassifier.classify(s, lang, "x.txt");
      assertEquals(true, InlineLists.isList(line), line);
      // (A short open line may be a caption or menu already: layout either way, never asked.)
      assertEquals(true, l.classAt(s.indexOf(line)).isLayout(), line);
      assertEquals(LineClass.PROSE, l.classAt(0), s);
    }
  }

  /** Segment templates whose parts stand without a mark between them ("1795 Zelbin"). */
  private static final String[][] BARE_TEMPLATES = {
      {"en", "%Y %T"}, {"en", "%T %Y"}, {"en", "%T (%Y)"},
      {"vi", "%Y %T"}, {"vi", "%T %Y"}, {"vi", "%T (%Y)"},
      {"he", "%Y %T"}, {"he", "%T %Y"}, {"he", "%T (%Y)"},
      {"ru", "%Y %T"}, {"ru", "%T %Y"}, {"ru", "%T (%Y)"},
  };
  /** Separators any text may set between a list's items: spaced dashes, slashes, arrows. */
  private static final String[] MARKS = {" – ", " - ", " / ", " → ", " > ", " — ", " :: "};

  @Test
  void listsBetweenAnySpacedMarkAreListsInEveryLanguage() {
    Random r = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      String[] t = BARE_TEMPLATES[r.nextInt(BARE_TEMPLATES.length)];
      String sep = MARKS[r.nextInt(MARKS.length)];
      List<String> segs = new ArrayList<>();
      for (int k = 0, n = 3 + r.nextInt(5); k < n; k++) {
        segs.add(segment(t[0], t[1], r));
      }
      assertList(t[0], String.join(sep, segs) + (r.nextBoolean() ? "." : ""));
    }
  }

  @Test
  void listsClosedByThePacksAndAreListsInEveryLanguage() {
    // "A (1795), B (1801) and C (1810)": the last item joined by the language's "and", a word
    // (en, vi, ru) or a letter written onto it (he).
    Random r = new Random(12);
    for (int trial = 0; trial < 200; trial++) {
      String[] t = BARE_TEMPLATES[r.nextInt(BARE_TEMPLATES.length)];
      Language lang = Language.fromCode(t[0]).orElseThrow();
      List<String> segs = new ArrayList<>();
      for (int k = 0, n = 3 + r.nextInt(4); k < n; k++) {
        segs.add(segment(t[0], t[1], r));
      }
      String last = segs.remove(segs.size() - 1);
      String and = t[0].equals("he") ? " ו" : " " + lang.pack().words("list-and").iterator().next()
          + " ";
      assertList(t[0], String.join(", ", segs) + (r.nextBoolean() || t[0].equals("he") ? "" : ",")
          + and + last + ".");
    }
  }

  private static void assertList(String code, String line) {
    Language lang = Language.fromCode(code).orElseThrow();
    String s = RowShapesTest.intro(lang) + "\n\n" + line + "\n\n" + RowShapesTest.intro(lang) + "\n";
    Layout l = LayoutClassifier.classify(s, lang, "x.txt");
    assertEquals(true, l.classAt(s.indexOf(line)).isLayout(), line);
    assertEquals(LineClass.PROSE, l.classAt(0), s);
  }

  private static String label(String lang) {
    return switch (lang) {
      case "vi" -> "Các nơi: ";
      case "he" -> "מקומות: ";
      case "ru" -> "Места: ";
      default -> "Places: ";
    };
  }

  @Test
  void chronologiesToldInClausesStayProse() {
    String[] lines = {
        "In 1890 the fair opened in Zelbin, in 1895 the old bridge fell, and in 1900 the war "
            + "ended.",
        "In 1890 the fair opened, in 1895 the bridge fell, in 1900 the war ended.",
        "Zelbin fell in 1870, Marnov in 1871, Tarnov in 1872.",
        "The army crossed the river in 1812, burned the town in 1813, left in 1814.",
        "He lived in Zelbin (1890–1895), Marnov (1896–1900), Tarnov (1901–1910).",
        "Năm 1890 hội chợ mở ở Zelbin, năm 1895 cây cầu cũ bị sập, năm 1900 chiến tranh kết thúc.",
        "Năm 1890 ông đến Zelbin, năm 1895 ông xây cầu ở Marnov, năm 1900 ông mất tại Tarnov.",
        "ב-1890 נפתח היריד בזלבין, ב-1895 נפל הגשר הישן, ב-1900 הסתיימה המלחמה.",
        "В 1890 году открылась ярмарка, в 1895 году рухнул мост, в 1900 году кончилась война.",
        "The war began in 1914 – the year the canal opened – and ended in 1918 – with the treaty.",
        "Zelbin fell in 1870 – Marnov in 1871 – Tarnov in 1872 – and the war was over.",
        "The fleet sailed in 1805, fought in 1806 and sank in 1807.",
        "Hạm đội ra khơi năm 1805 – giao chiến năm 1806 – và bị đánh chìm năm 1807.",
        "הצי הפליג ב-1805, נלחם ב-1806 וטבע ב-1807.",
    };
    for (String line : lines) {
      assertEquals(false, InlineLists.isList(line), line);
      Language lang = new LanguageDetector().detect(line);
      String s = RowShapesTest.intro(lang) + "\n\n" + line + "\n\n" + RowShapesTest.intro(lang) + "\n";
      assertEquals(LineClass.PROSE, LayoutClassifier.classify(s, lang, "x.txt")
          .classAt(s.indexOf(line)), line);
    }
  }

  @Test
  void twoSegmentsAreNoList() {
    assertEquals(false, InlineLists.isList("1795 – Zelbin, 1801 – Marnov."));
  }
}
