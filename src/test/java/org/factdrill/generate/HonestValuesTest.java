package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, answer values: a date is asked with its year shown, year options stay inside the
 * document's span and on the answer's side of the prompt's other years, nothing beside the blank
 * gives a year away, idioms, conversions and names are not counts, and numbers written as words
 * keep their form in options and statements. Cases are generated (years, counts, languages), not
 * taken from any text.
 */
class HonestValuesTest {
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE};

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static Result gen(long seed, Language lang, String marked) {
    return Fixtures.generate(seed, Fixtures.doc("t.txt", lang, marked));
  }

  private static List<Question> of(Result r, QuestionType t) {
    return r.bank().questions().stream().filter(q -> q.type() == t).toList();
  }

  private static Set<SkipReason> reasons(Result r) {
    return r.report().skipped().stream().map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  /** A sentence per language stating an event in a year: {0} the marked year. */
  private static String yearSentence(Language lang, String marked) {
    if (lang == Language.VI) {
      return "Quân đội rút khỏi thành phố vào năm " + marked + " sau nhiều tháng giao tranh ác liệt.";
    }
    if (lang == Language.HE) {
      return "הצבא נסוג מהעיר בשנת " + marked + " לאחר חודשים רבים של קרבות קשים.";
    }
    return "The army withdrew from the city in " + marked + " after many months of hard fighting.";
  }

  @Test
  void aDayWithAYearCarriedOverShowsThatYearOrIsNotAsked() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 10; i++) {
      int year = 1850 + rnd.nextInt(160);
      int day = 1 + rnd.nextInt(28);
      // The extractor carried the year over (the value has it, the text does not).
      String iso = String.format("%04d-05-%02d", year, day);
      Result shown = gen(Language.EN, "The congress of " + year + " was long and bitter for all."
          + "\n\nThe war in Europe ended on {{May " + day + "|date|" + iso
          + "}}, and the soldiers went home.\n");
      for (Question q : shown.bank().questions()) {
        if (q.answer().text().startsWith("May")) {
          assertTrue(q.prompt().contains(String.valueOf(year)), "year shown: " + q.prompt());
        }
      }
      Result none = gen(Language.EN, "The war in Europe ended on {{May " + day + "|date|" + iso
          + "}}, and the soldiers went home.\n");
      assertTrue(none.bank().questions().isEmpty(), "no year shown, not asked: "
          + none.report().format(none.bank()));
      assertTrue(reasons(none).contains(SkipReason.NO_YEAR), reasons(none).toString());
    }
    assertTrue(ValueRules.yearNotShown(new Value.Date("1945-05-08"), "May 8", "It ended on \u0000.",
        null));
    assertFalse(ValueRules.yearNotShown(new Value.Date("1945-05-08"), "May 8",
        "It ended on \u0000 (1945).", null));
    assertFalse(ValueRules.yearNotShown(new Value.Date("1945-05-08"), "8 May 1945", "On \u0000.",
        null));
  }

  @Test
  void yearOptionsStayInTheDocumentsSpanAndOnTheAnswersSideOfThePromptsYears() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (Language lang : LANGS) {
      for (int i = 0; i < 8; i++) {
        int start = 1800 + rnd.nextInt(200);
        int answer = start + 2 + rnd.nextInt(8);
        String blank = "{{" + answer + "|date|" + answer + "}}";
        String text = (lang == Language.EN
            ? "The talks began in " + start + ", and the army withdrew from the city in " + blank
                + " after many months.\n\nIn " + (start + 30) + " a monument was built there.\n"
            : lang == Language.VI
            ? "Các cuộc đàm phán bắt đầu năm " + start + ", và quân đội rút khỏi thành phố vào năm "
                + blank + " sau nhiều tháng.\n\nNăm " + (start + 30) + " một đài tưởng niệm được"
                + " xây dựng tại đó.\n"
            : "השיחות החלו בשנת " + start + ", והצבא נסוג מהעיר בשנת " + blank + " לאחר חודשים"
                + " רבים.\n\nבשנת " + (start + 30) + " הוקמה שם אנדרטה לזכר הנופלים.\n");
        Result r = gen(i, lang, text);
        for (Question q : of(r, QuestionType.CHOICE)) {
          for (String o : q.options()) {
            int y = Integer.parseInt(o.replaceAll("\\D", ""));
            assertTrue(y > start, lang + ": option " + o + " before " + start + " in " + q.prompt());
            assertTrue(y <= start + 30 + 3, lang + ": option " + o + " after the document's span");
          }
        }
      }
    }
    var ok = ValueRules.yearBounds(1982, List.of(1977, 1982, 1990), "began in 1977 and ended in"
        + " \u0000", null);
    assertFalse(ok.test(1976), "before the prompt's 1977");
    assertFalse(ok.test(1973), "before the document's span");
    assertTrue(ok.test(1980));
    assertFalse(ok.test(1994), "after the document's span");
  }

  @Test
  void aConsecutiveRunWithTheAnswerAwayFromItSinglesItOut() {
    List<Option> run = List.of(opt(1975), opt(1976), opt(1977));
    assertTrue(Grid.singlesOut(run, BigDecimal.valueOf(1982)));
    assertFalse(Grid.singlesOut(run, BigDecimal.valueOf(1978)), "the answer continues the run");
    assertFalse(Grid.singlesOut(List.of(opt(1975), opt(1977), opt(1980)),
        BigDecimal.valueOf(1982)));
  }

  private static Option opt(int year) {
    return new Option(new Value.Date(String.valueOf(year)), String.valueOf(year),
        String.valueOf(year));
  }

  @Test
  void aYearIsNotAskedWhenTheContextLineARangeAHebrewDateOrAnAbbreviationStatesIt() {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < 6; i++) {
      int y = 1860 + rnd.nextInt(140);
      Result title = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
          "# The treaty of " + y + "\n\n" + yearSentence(Language.EN, "{{" + y + "|date|" + y
              + "}}") + "\n"));
      assertTrue(title.bank().questions().stream().noneMatch(q -> q.answer().text().equals(
          String.valueOf(y))), "the heading above names it: " + title.report().format(title.bank()));
      Result range = gen(Language.EN, "The Karvo war (" + (y - 3) + "–" + String.format("%02d", y % 100)
          + ") ended when the last fort fell in {{" + y + "|date|" + y + "}} after a siege.\n");
      assertEquals(Set.of(SkipReason.RANGE_END), reasons(range), range.report().format(range.bank()));
      Result abbreviated = gen(Language.EN, "The '" + String.format("%02d", y % 100)
          + " war, as it is called, broke out in {{" + y + "|date|" + y + "}} in the north.\n");
      assertTrue(abbreviated.bank().questions().isEmpty(), abbreviated.report().format(
          abbreviated.bank()));
    }
    // A Hebrew-calendar year of the same year left elsewhere in the prompt gives it away (one
    // right beside the blank leaves the prompt with it: CalendarGlossTest).
    Result hebrew = gen(Language.HE, "בשנת ה'תרס\"ח נוסד המפעל, ועוד באותה שנה, ב-{{12 ביוני 1908|"
        + "date|1908-06-12}}, נחנך בו האולם הגדול.\n");
    assertTrue(hebrew.bank().questions().isEmpty(), "the Hebrew-calendar year gives it away");
    for (int decade = 180; decade <= 199; decade += 3) {
      Result dec = gen(Language.EN, "It was the " + decade + "8th year of the Common Era and"
          + " the ninth of the {{" + decade + "0s|date|" + decade + "}} in the empire's decline.\n");
      assertTrue(dec.bank().questions().isEmpty(), "a year of the decade gives it away");
    }
    Result street = gen(Language.HE, "ההכרזה נעשתה בבית שבשדרות רוטשילד {{16|number|16}} בתל אביב"
        + " בטקס קצר.\n");
    assertTrue(street.bank().questions().isEmpty(), "an address is not a figure");
    Result roman = gen(Language.EN, "{{1918|date|1918}} (MCMXVIII) was a common year starting on"
        + " a Tuesday of the calendar.\n");
    assertTrue(roman.bank().questions().isEmpty());
  }

  @Test
  void idiomsConversionsAbbreviatedYearsAndHalvesAreNotCounts() {
    Result idiom = gen(Language.VI, "Trong chiến tranh, {{một|number|1}} số đơn vị đã rút về phía"
        + " bắc để củng cố lực lượng.\n");
    assertEquals(Set.of(SkipReason.IDIOM), reasons(idiom));
    Result far = gen(Language.VI, "Những người lính đã chiến đấu ở nơi xa nước nhà {{vạn|number|"
        + "10000}} dặm trong nhiều năm trời.\n");
    assertEquals(Set.of(SkipReason.IDIOM), reasons(far));
    // "1 X nào đó" / "một X nào": the indefinite "some X", whatever the noun; "21 X nào" counts.
    for (String noun : new String[] {"biến cố", "văn bản", "người", "trận đánh", "văn bản / văn liệu"}) {
      for (String one : new String[] {"1", "một"}) {
        Result some = gen(Language.VI, "Khi tác giả nêu ra {{" + one + "|number|1}} " + noun
            + " nào trong sách sử mà không có chứng cứ, người đọc không tin.\n");
        assertEquals(Set.of(SkipReason.IDIOM), reasons(some), noun + " " + one);
      }
    }
    Result counted = gen(Language.VI, "Năm 1860, quân Pháp đánh chiếm {{21|number|21}} đồn nào"
        + " ở Gia Định thì dân làng đều bỏ đi.\n");
    assertFalse(reasons(counted).contains(SkipReason.IDIOM), "21 is a count, not 'some'");
    SplittableRandom rnd = new SplittableRandom(5);
    for (int i = 0; i < 6; i++) {
      int km = 10 + rnd.nextInt(500);
      int mi = km * 62 / 100;
      Result conv = gen(Language.EN, "The front line ran for " + km + " km ({{" + mi + "|number|"
          + mi + "}} mi) along the river that winter.\n");
      assertEquals(Set.of(SkipReason.CONVERSION), reasons(conv), conv.report().format(conv.bank()));
      Result given = gen(Language.EN, "The front line ran for {{" + km + "|number|" + km
          + "}} km (" + mi + " mi) along the river that winter.\n");
      // The measure itself is asked, its conversion left out of the prompt (it restates it).
      assertConversionDropped(given, km + " km", "(" + mi + " mi)");
    }
    // The measure's unit written in full, in one or two words: both sides are still a conversion.
    String[][] units = {{"kilometres", "mi"}, {"square miles", "km2"}, {"tonnes", "lb"},
        {"metres", "ft"}, {"miles", "km"}, {"hectares", "sq mi"}};
    for (int i = 0; i < 12; i++) {
      String[] u = units[rnd.nextInt(units.length)];
      int a = 10 + rnd.nextInt(5000);
      int b = 10 + rnd.nextInt(5000);
      Result inner = gen(Language.EN, "The new border enclosed " + a + " " + u[0] + " ({{" + b
          + "|number|" + b + "}} " + u[1] + ") of forest after the settlement.\n");
      assertEquals(Set.of(SkipReason.CONVERSION), reasons(inner),
          inner.report().format(inner.bank()));
      Result outer = gen(Language.EN, "The new border enclosed {{" + a + "|number|" + a + "}} "
          + u[0] + " (" + b + " " + u[1] + ") of forest after the settlement.\n");
      assertConversionDropped(outer, a + " " + u[0], "(" + b + " " + u[1] + ")");
    }
    Result people = gen(Language.EN, "The country is home to a minority of about {{14 million|"
        + "number|14000000}} people (10 percent of the population), many of them farmers.\n");
    assertFalse(people.bank().questions().isEmpty(), "a parenthesis that is no conversion");
    Result half = gen(Language.HE, "המשבר נמשך {{כשלוש|number|3|~}} וחצי שנים ובמהלכו נערכו בחירות"
        + " רבות.\n");
    assertTrue(reasons(half).contains(SkipReason.VALUE_UNSURE), half.report().format(half.bank()));
    for (Language l : LANGS) {
      String date = l == Language.EN ? "9/10" : "10/9";
      assertTrue(ValueRules.dayMonth(l, date), l + " " + date);
      assertFalse(ValueRules.dayMonth(l, "10/45"));
    }
    assertFalse(ValueRules.dayMonth(Language.EN, "13/20"));
    // A numeric day and month gets no varied options: one of them could become month 20.
    Distractors d = new Distractors(List.of());
    for (String[] c : new String[][] {{"20/9", "--09-20"}, {"9.20", "--09-20"}}) {
      org.factdrill.extract.Fact f = new org.factdrill.extract.Fact(0, c[0].length(), c[0],
          org.factdrill.extract.FactKind.DATE, new Value.Date(c[1]), null, false, null);
      assertTrue(d.wrong(f, c[0], Language.VI, 3, new SplittableRandom(1), Set.of()).isEmpty(),
          c[0]);
    }
  }

  /** Each question asks the measure, and no prompt or statement shows its conversion. */
  private static void assertConversionDropped(Result r, String measure, String conversion) {
    String why = r.report().format(r.bank());
    assertEquals(3, r.bank().questions().size(), why);
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().contains(conversion), q.prompt());
      assertFalse(q.prompt().contains("  ") || q.prompt().contains(" )"), q.prompt());
    }
    Question tf = of(r, QuestionType.TRUEFALSE).get(0);
    assertTrue(tf.prompt().contains(measure.substring(measure.indexOf(' ')) + " of forest")
        || tf.prompt().contains(measure.substring(measure.indexOf(' ')) + " along"), tf.prompt());
  }

  @Test
  void hebrewYearWordsAndNumberWordPrefixesStayOutsideTheBlank() {
    for (String prefix : List.of("ב", "מ", "וב", "ש")) {
      Result r = gen(Language.HE, "הקונגרס הראשון התכנס {{" + prefix + "שנת 1897|date|1897}} בעיר"
          + " באזל שבשווייץ.\n");
      Question cloze = of(r, QuestionType.CLOZE).get(0);
      assertEquals("1897", cloze.answer().text());
      assertTrue(cloze.prompt().contains(prefix + "שנת _____"), cloze.prompt());
      for (String o : of(r, QuestionType.CHOICE).get(0).options()) {
        assertTrue(o.matches("\\d{4}"), o);
      }
    }
    Set<String> numerals = Language.HE.pack().numerals().keySet();
    assertEquals(1, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "כשלוש", numerals));
    assertEquals(0, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "שלוש", numerals));
    assertEquals(0, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "שש", numerals));
    assertEquals(0, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "שמונה", numerals));
    assertEquals(1, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "בשבע", numerals));
  }

  @Test
  void numbersInWordsKeepTheirFormInOptionsAndStatements() {
    String[][] cases = {
        {"he", "בבחירות התמודדו {{חמש|number|5}} מפלגות גדולות ועוד רשימות קטנות רבות.", "f"},
        {"he", "הקרבות נמשכו {{שלושה|number|3}} ימים רצופים בחזית הצפונית של הארץ.", "m"},
        {"vi", "Có {{ba|number|3}} sư đoàn đã phải quay lại miền Bắc trong những ngày cuối.", "-"},
        {"en", "The army had {{five|number|5}} divisions on the northern front that winter.", "-"}};
    // Up to nineteen: options of a small count now reach up to about four times it (choice16).
    Set<String> feminine = Set.of("אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה",
        "תשע", "עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה",
        "שבע עשרה", "שמונה עשרה", "תשע עשרה");
    Set<String> masculine = Set.of("אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה",
        "שמונה", "תשעה", "עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
        "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר");
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      for (long seed = 1; seed <= 5; seed++) {
        Result r = gen(seed, lang, c[1] + "\n");
        List<Question> choice = of(r, QuestionType.CHOICE);
        assertEquals(1, choice.size(), c[1] + ": " + r.report().format(r.bank()));
        Set<String> seen = new HashSet<>();
        for (String o : choice.get(0).options()) {
          assertFalse(o.matches(".*\\d.*"), "a word, as the source writes it: " + o);
          seen.add(o);
          if (c[2].equals("f")) {
            assertTrue(feminine.contains(o), "feminine form: " + o);
          } else if (c[2].equals("m")) {
            assertTrue(masculine.contains(o), "masculine form: " + o);
          }
        }
        assertEquals(4, seen.size());
        for (Question tf : of(r, QuestionType.TRUEFALSE)) {
          assertFalse(tf.prompt().matches(".*\\d.*"), tf.prompt());
        }
      }
    }
    // An ordinal or compound in words has no sure form: no options rather than digits.
    Result ordinal = gen(Language.HE, "הבחירות לכנסת {{העשרים ואחת|number|21}} נערכו לאחר פיזור"
        + " הכנסת הקודמת.\n");
    assertTrue(of(ordinal, QuestionType.CHOICE).isEmpty());
    assertTrue(of(ordinal, QuestionType.TRUEFALSE).isEmpty());
  }

  @Test
  void falseStatementsUseMoreThanOneWrongValue() {
    Set<String> stated = new HashSet<>();
    for (long seed = 1; seed <= 30; seed++) {
      Result r = gen(seed, Language.EN, "In 1950 the city was rebuilt. The army sent {{4,000|"
          + "number|4000}} soldiers to the northern border that spring.\n\nIn 1960 it left.\n");
      for (Question q : of(r, QuestionType.TRUEFALSE)) {
        Question.TrueFalse tf = (Question.TrueFalse) q;
        if (!tf.truth()) {
          stated.add(tf.prompt());
        }
      }
    }
    assertTrue(stated.size() >= 3, "false values vary: " + stated);
  }
}
