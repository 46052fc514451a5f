package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines of one shape in a row are list rows, whatever the template and the language; prose
 * paragraphs stay prose even when their sentences open alike. Every run is generated from
 * made-up names, templates and figures (fixed seed), so no rule can fit one page.
 */
class RowShapesTest {
  private static final String[] NAMES = {"Zelbin", "Marnov", "Kovla", "Tarnov", "Plimsoll",
      "Zarnov", "Orvel", "Dusk Harbor", "Brenn", "Quillan", "Ost Varda", "Lemmer"};
  private static final String[] PEOPLE = {"Anna Korv", "Piet Lasko", "Mira Oddum", "Jan Velt",
      "Oskar Brun", "Lena Strah", "Ivo Pell"};

  /** Templates: %Y a year, %N a small figure, %P a person, %T a town, %L a list of towns. */
  private static final String[][] TEMPLATES = {
      {"en", "Year %Y with the towns: %L"},
      {"en", "%P, governor of %T, %N years."},
      {"en", "%Y — %T"},
      {"en", "%T (%Y)"},
      {"en", "%P: %N votes"},
      {"vi", "Năm %Y với các thị trấn: %L"},
      {"vi", "%P, thống đốc %T, %N năm."},
      {"vi", "%Y – %T"},
      {"he", "%Y – %T"},
      {"he", "שנת %Y: %T"},
      {"ru", "%Y — %T"},
  };

  private static String fill(String template, Random r) {
    StringBuilder towns = new StringBuilder();
    int n = 1 + r.nextInt(5);
    for (int k = 0; k < n; k++) {
      towns.append(k == 0 ? "" : ", ").append(NAMES[r.nextInt(NAMES.length)]);
    }
    return template.replace("%Y", String.valueOf(1700 + r.nextInt(300)))
        .replace("%N", String.valueOf(2 + r.nextInt(40)))
        .replace("%P", PEOPLE[r.nextInt(PEOPLE.length)])
        .replace("%T", NAMES[r.nextInt(NAMES.length)])
        .replace("%L", towns.toString());
  }

  @Test
  void generatedRunsOfOneTemplateAreListRowsInEveryLanguage() {
    Random r = new Random(20);
    for (int trial = 0; trial < 200; trial++) {
      String[] t = TEMPLATES[r.nextInt(TEMPLATES.length)];
      Language lang = Language.fromCode(t[0]).orElseThrow();
      int rows = 3 + r.nextInt(6);
      boolean blank = r.nextBoolean();
      StringBuilder text = new StringBuilder(intro(lang)).append("\n\n");
      List<String> lines = new ArrayList<>();
      for (int k = 0; k < rows; k++) {
        String line = fill(t[1], r);
        lines.add(line);
        text.append(line).append(blank ? "\n\n" : "\n");
      }
      text.append("\n").append(intro(lang)).append('\n');
      String s = text.toString();
      Layout l = LayoutClassifier.classify(s, lang, "x.txt");
      int from = 0;
      for (String line : lines) {
        int at = s.indexOf(line, from);
        from = at + line.length();
        assertEquals(true, l.classAt(at).isLayout(), t[1] + " | " + line + "\n" + s);
      }
      assertEquals(LineClass.PROSE, l.classAt(0), s);
    }
  }

  /** A paragraph of prose in the language, long enough to be prose by any rule. */
  static String intro(Language lang) {
    return switch (lang.code()) {
      case "vi" -> "Dòng họ Koren là những thương nhân buôn bán khắp Đông Âu suốt hai trăm năm "
          + "và tỏa đi nhiều thị trấn trong vùng.";
      case "he" -> "משפחת קורן היא משפחה של סוחרים שפעלה במזרח אירופה במשך כמאתיים שנה ובניה "
          + "נפוצו לערים רבות.";
      case "ru" -> "Семья Корен была семьёй купцов, которые торговали по всей Восточной Европе "
          + "двести лет и расселились по многим городам.";
      default -> "The Koren family were merchants who traded across eastern Europe for two "
          + "hundred years and spread to many towns of the region.";
    };
  }

  @Test
  void sentencesThatOpenAlikeStayProse() {
    // A chronology told in sentences: each line opens "In <year>," but its words change.
    String[] en = {
        "In 1848, revolutions broke out across the cities of Marnov.",
        "In 1849, the Zelbin army was defeated near the river.",
        "In 1850, Tarnov signed a treaty with its old enemies.",
        "In 1851, a new constitution gave farmers the vote."};
    String[] vi = {
        "Năm 1848, cách mạng nổ ra ở các thành phố của Marnov.",
        "Năm 1849, quân đội Zelbin bị đánh bại gần con sông.",
        "Năm 1850, Tarnov ký hiệp ước với kẻ thù cũ.",
        "Năm 1851, hiến pháp mới trao quyền bầu cử cho nông dân."};
    String[] he = {
        "בשנת 1848 פרצו מהפכות בערי מרנוב.",
        "בשנת 1849 הובס צבא זלבין ליד הנהר.",
        "בשנת 1850 חתמה טרנוב על הסכם עם אויביה.",
        "בשנת 1851 העניקה חוקה חדשה זכות בחירה לאיכרים."};
    for (String[] lines : List.of(en, vi, he)) {
      for (String sep : List.of("\n", "\n\n")) {
        String s = String.join(sep, lines) + "\n";
        Language lang = Character.UnicodeScript.of(lines[0].codePointAt(0))
            == Character.UnicodeScript.HEBREW ? Language.fromCode("he").orElseThrow()
            : lines == vi ? Language.fromCode("vi").orElseThrow() : Language.EN;
        Layout l = LayoutClassifier.classify(s, lang, "x.txt");
        for (String line : lines) {
          assertEquals(LineClass.PROSE, l.classAt(s.indexOf(line)), line);
        }
      }
    }
  }

  @Test
  void headingsWithoutFiguresAreNoRows() {
    String s = "Zelbin war\n\nBackground\n\nCauses\n\nAftermath\n\n"
        + "The Zelbin war began in 1848 when the army of Marnov crossed the river at night.\n";
    Layout l = LayoutClassifier.classify(s, Language.EN, "x.txt");
    assertEquals(false, l.classAt(s.indexOf("Causes")) == LineClass.LIST);
  }

  @Test
  void aRowsSmallWordsStayWhileItsNamesChange() {
    List<RowShapes.Shape> rows = List.of(RowShapes.of("Anna Korv, governor of Zelbin, 12 years."),
        RowShapes.of("Piet Lasko, governor of Marnov, 8 years."),
        RowShapes.of("Jan Velt, mayor of Tarnov, 3 years."));
    for (int k = 0; k < rows.size(); k++) {
      assertEquals(true, rows.get(0).sameAs(rows.get(k)));
      assertEquals(true, RowShapes.template(rows, k), "row " + k);
    }
    List<RowShapes.Shape> prose = List.of(RowShapes.of("In 1849, the army was defeated."),
        RowShapes.of("In 1850, farmers burned the granaries."),
        RowShapes.of("In 1851, a treaty ended the long war."));
    assertEquals(false, RowShapes.template(prose, 1));
  }
}
