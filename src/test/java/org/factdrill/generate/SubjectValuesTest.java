package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, options that are also true: a value the document states for the same subject (the
 * sentence itself or the one beside it, the same name anywhere, the same noun in the paragraph)
 * is never a wrong option nor the value of a false statement, and neither is a year next to
 * another era's end. Sentences, names and figures are invented.
 */
class SubjectValuesTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();
  private static final int SEEDS = 40;

  /** What the questions on the fact written {@code answer} offer as not the answer. */
  static List<String> offered(Result r, String answer) {
    List<String> out = new ArrayList<>();
    for (Question q : r.bank().questions()) {
      if (q.facts().isEmpty() || !answer.equals(q.facts().get(0).text())) {
        continue;
      }
      if (q instanceof Question.Choice c) {
        c.options().stream().filter(o -> !o.equals(c.answer().text())).forEach(out::add);
      } else if (q instanceof Question.TrueFalse t && !t.truth()) {
        out.add(t.prompt());
      }
    }
    return out;
  }

  /** Everything offered for {@code answer} over many seeds, and how many questions were asked. */
  static List<String> offeredOverSeeds(Language lang, String marked, String answer) {
    List<String> out = new ArrayList<>();
    for (int seed = 1; seed <= SEEDS; seed++) {
      out.addAll(offered(Fixtures.generate(seed, Fixtures.doc("t.txt", lang, marked)), answer));
    }
    assertFalse(out.isEmpty(), lang + ": the fact " + answer + " is asked");
    return out;
  }

  /** Each offer of a value in {@code not} for the fact written {@code answer}, with its language. */
  private static List<String> offers(Language lang, String marked, String answer, String... not) {
    List<String> bad = new ArrayList<>();
    for (String o : offeredOverSeeds(lang, marked, answer)) {
      for (String n : not) {
        if (o.contains(n)) {
          bad.add(lang + ": " + n + " is true of the same subject: " + o);
        }
      }
    }
    return bad;
  }

  private static void none(List<String> bad) {
    assertTrue(bad.isEmpty(), bad.stream().distinct().limit(8).toList().toString());
  }

  @Test
  void theRatificationYearInTheNextSentenceIsNeverOfferedForTheSigning() {
    List<String> bad = new ArrayList<>();
    bad.addAll(offers(Language.EN, "The Treaty of Arlen was signed by the two crowns at the northern"
        + " fortress in {{1920|date|1920}}. It was ratified by the assembly in {{1921|date|1921}}"
        + " after a long debate.\n", "1920", "1921"));
    bad.addAll(offers(Language.VI, "Hiệp ước Arlen được hai triều đình ký kết tại pháo đài phía bắc"
        + " vào năm {{1920|date|1920}}. Hội đồng phê chuẩn hiệp ước vào năm {{1921|date|1921}}"
        + " sau một cuộc tranh luận dài.\n", "1920", "1921"));
    bad.addAll(offers(Language.HE, "הסכם ארלן נחתם בין שתי הממלכות במבצר הצפוני בשנת"
        + " {{1920|date|1920}}. האספה אישרה אותו בשנת {{1921|date|1921}} לאחר ויכוח ארוך.\n",
        "1920", "1921"));
    bad.addAll(offers(RU, "Договор Арлена был подписан двумя королевствами в северной крепости в"
        + " {{1920|date|1920}} году. Собрание ратифицировало его в {{1921|date|1921}} году после"
        + " долгих споров.\n", "1920", "1921"));
    none(bad);
  }

  /**
   * A treaty signed on one day and ratified on a day of the next year, two sentences apart in one
   * paragraph that share no word: the ratification's year is never the false year of the
   * signing, whatever day the option keeps ("12 June 1921" beside "3 May 1921").
   */
  @Test
  void theRatificationYearOnAnotherDayInTheParagraphIsNeverOfferedForTheSigning() {
    List<String> bad = new ArrayList<>();
    bad.addAll(offers(Language.EN, "The Treaty of Arlen was signed by the two crowns at the"
        + " northern fortress on {{12 June 1920|date|1920-06-12}}. Merchants and farmers quarrelled"
        + " over the new roads for many months. The assembly gave its consent on {{3 May 1921|date|"
        + "1921-05-03}} after a long debate.\n\nThe Dorval bridge over the wide river was opened to"
        + " traffic in {{1926|date|1926}} by the mayor.\n", "12 June 1920", "1921"));
    bad.addAll(offers(Language.VI, "Hiệp ước Arlen được hai triều đình ký kết tại pháo đài phía bắc"
        + " vào {{ngày 12 tháng 6 năm 1920|date|1920-06-12}}. Thương nhân và nông dân tranh cãi về"
        + " những con đường mới suốt nhiều tháng. Hội đồng phê chuẩn vào {{ngày 3 tháng 5 năm 1921|"
        + "date|1921-05-03}} sau một cuộc tranh luận dài.\n\nCầu Dorval bắc qua con sông lớn được"
        + " thị trưởng khánh thành vào năm {{1926|date|1926}}.\n", "ngày 12 tháng 6 năm 1920",
        "1921"));
    bad.addAll(offers(Language.HE, "הסכם ארלן נחתם בין שתי הממלכות במבצר הצפוני {{ב-12 ביוני 1920|"
        + "date|1920-06-12}}. סוחרים ואיכרים התווכחו על הדרכים החדשות במשך חודשים רבים. האספה"
        + " נתנה את הסכמתה {{ב-3 במאי 1921|date|1921-05-03}} לאחר ויכוח ארוך.\n\nהגשר על הנהר"
        + " הרחב נפתח לתנועה בשנת {{1926|date|1926}} בידי ראש העיר.\n",
        "ב-12 ביוני 1920", "1921"));
    none(bad);
  }

  /**
   * A line that sums up the document's subject (an infobox row) ties its value to every question
   * of the document: the ratification year in the box is no false year of the signing told in
   * the prose below it.
   */
  @Test
  void aSummaryLineTiesItsValueToEveryQuestionOfTheDocument() {
    String text = """
        Treaty of Arlen
        Type: peace treaty
        Ratified: {{1921|date|1921}}
        Location: the northern fortress

        The crowns of the valley met at the northern fortress in the spring after the long war.

        Merchants and farmers quarrelled over the new roads for many months afterwards.

        The peace between the crowns of Arlen and Dorval was signed by their envoys in the great hall in {{1920|date|1920}}.
        """;
    none(offers(Language.EN, text, "1920", "1921"));
  }

  @Test
  void aNamedSubjectTiesItsValuesAcrossTheDocumentAndOtherSubjectsDoNot() {
    String en = """
        The Treaty of Arlen was signed by the two crowns at the northern fortress in {{1920|date|1920}}.

        The Dorval bridge over the wide river was opened to traffic in {{1926|date|1926}} by the mayor.

        Many years of quarrels followed among the merchants and the farmers of the valley.

        The Treaty of Arlen came into force across the whole kingdom in {{1923|date|1923}} at last.
        """;
    String vi = """
        Hiệp ước Arlen được hai triều đình ký kết tại pháo đài phía bắc vào năm {{1920|date|1920}}.

        Cầu Dorval bắc qua con sông lớn được thị trưởng khánh thành vào năm {{1926|date|1926}}.

        Nhiều năm tranh chấp giữa các thương nhân và nông dân trong thung lũng tiếp diễn sau đó.

        Hiệp ước Arlen có hiệu lực trên toàn vương quốc vào năm {{1923|date|1923}} sau nhiều trì hoãn.
        """;
    String ru = """
        Крепость Арлен была построена на северном берегу реки в {{1920|date|1920}} году.

        Мост Дорваль через широкую реку был открыт для движения в {{1926|date|1926}} году.

        Много лет продолжались споры между купцами и крестьянами всей долины.

        Крепость Арлен была перестроена после большого пожара в {{1923|date|1923}} году.
        """;
    List<String> bad = new ArrayList<>();
    for (Object[] c : new Object[][] {{Language.EN, en}, {Language.VI, vi}, {RU, ru}}) {
      bad.addAll(offers((Language) c[0], (String) c[1], "1920", "1923"));
      // The bridge is another subject in another paragraph: its year stays a plausible option.
      assertTrue(offeredOverSeeds((Language) c[0], (String) c[1], "1920").stream()
          .anyMatch(o -> o.contains("1926")), c[0] + ": 1926 never offered");
    }
    none(bad);
  }

  @Test
  void theSameNounInTheParagraphTiesItsValues() {
    List<String> bad = new ArrayList<>();
    bad.addAll(offers(Language.EN, "The Marsk treaty was signed by the two crowns at the northern"
        + " fortress in {{1920|date|1920}}. Merchants and farmers quarrelled over the new roads."
        + " The treaty came into force across the kingdom in {{1923|date|1923}}.\n", "1920",
        "1923"));
    bad.addAll(offers(Language.VI, "Hiệp ước được hai triều đình ký kết tại pháo đài phía bắc vào"
        + " năm {{1920|date|1920}}. Thương nhân và nông dân tranh cãi về những con đường mới."
        + " Hiệp ước có hiệu lực trên toàn vương quốc vào năm {{1923|date|1923}}.\n", "1920",
        "1923"));
    bad.addAll(offers(Language.HE, "הסכם השלום נחתם בין שתי הממלכות במבצר הצפוני בשנת"
        + " {{1920|date|1920}}. סוחרים ואיכרים התווכחו על הדרכים החדשות. ההסכם נכנס לתוקף בכל"
        + " הממלכה בשנת {{1923|date|1923}}.\n", "1920", "1923"));
    bad.addAll(offers(RU, "Договор был подписан двумя королевствами в северной крепости в"
        + " {{1920|date|1920}} году. Купцы и крестьяне спорили о новых дорогах. Договор вступил в"
        + " силу во всём королевстве в {{1923|date|1923}} году.\n", "1920", "1923"));
    none(bad);
  }

  @Test
  void theYearsBesideAnotherErasEndAreNotOfferedForTheNextErasStart() {
    List<String> bad = new ArrayList<>();
    bad.addAll(offers(Language.EN, "The Orlan era lasted from {{1603 to 1867|date|1603/1867}} under"
        + " one family of rulers.\n\nMany quarrels followed among the merchants of the valley."
        + "\n\nThe Tessin era began with the crowning of a young ruler at the old capital in"
        + " {{1868|date|1868}}.\n", "1868", "1866", "1867"));
    bad.addAll(offers(Language.VI, "Thời Orlan kéo dài từ {{1603 đến 1867|date|1603/1867}} dưới một"
        + " dòng họ cai trị.\n\nNhiều tranh chấp giữa các thương nhân trong thung lũng tiếp diễn."
        + "\n\nThời Tessin bắt đầu với lễ đăng quang của một vị vua trẻ tại kinh đô cũ vào năm"
        + " {{1868|date|1868}}.\n", "1868", "1866", "1867"));
    bad.addAll(offers(Language.HE, "תקופת אורלן נמשכה בשנים {{1603–1867|date|1603/1867}} תחת שושלת"
        + " אחת של שליטים.\n\nסכסוכים רבים פרצו בין הסוחרים בעמק.\n\nתקופת טסין החלה בהכתרתו"
        + " של שליט צעיר בבירה הישנה בשנת {{1868|date|1868}}.\n", "1868", "1866", "1867"));
    bad.addAll(offers(RU, "Эпоха Орлан длилась {{1603–1867|date|1603/1867}} при одной династии"
        + " правителей.\n\nМного споров было между купцами всей долины.\n\nЭпоха Тессин началась"
        + " с коронации молодого правителя в старой столице в {{1868|date|1868}} году.\n", "1868",
        "1866", "1867"));
    none(bad);
  }

  @Test
  void theFigureOfTheSameMeasuredThingAtAnotherDateIsNotOffered() {
    List<String> bad = new ArrayList<>();
    bad.addAll(offers(Language.EN, "At the census the town of Velm had {{12,000|number|12000}}"
        + " inhabitants and two markets. Ten years later the town of Velm had {{15,000|number|"
        + "15000}} inhabitants and a railway station.\n", "12,000", "15,000"));
    bad.addAll(offers(Language.VI, "Trong cuộc điều tra dân số, thị trấn Velm có {{12.000|number|12000}}"
        + " cư dân và hai khu chợ. Mười năm sau thị trấn Velm có {{15.000|number|15000}} cư dân"
        + " và một nhà ga.\n", "12.000", "15.000"));
    none(bad);
  }

  @Test
  void aDayWrittenWithoutItsYearIsTiedInTheAnswersYear() {
    none(offers(Language.EN, "In {{1867|date|1867}} the assembly of Velm met twice in the old"
        + " hall. It approved the new charter on {{9 April|date|--04-09}} after a long debate."
        + " The council of Velm signed the charter on {{12 April|date|--04-12}} in the old hall.\n",
        "9 April", "12 April"));
  }

  @Test
  void aValueIsTrueOfWhatItHoldsNotOfWhatHoldsIt() {
    assertTrue(SubjectValues.overlaps(new Value.Date("1868"), new Value.Date("1868-03-30")));
    assertTrue(SubjectValues.overlaps(new Value.Date("186"), new Value.Date("1867")));
    assertFalse(SubjectValues.overlaps(new Value.Date("1868-03-30"), new Value.Date("1868")),
        "a day of 1868 is not true of what the text dates only to 1868");
    assertFalse(SubjectValues.overlaps(new Value.Date("1869"), new Value.Date("1868")));

    assertTrue(SubjectValues.overlaps(new Value.Num(BigDecimal.valueOf(15000)),
        new Value.Num(new BigDecimal("15000.0"))));
    assertFalse(SubjectValues.overlaps(
        new Value.NumRange(BigDecimal.valueOf(6), BigDecimal.valueOf(8)),
        new Value.Num(BigDecimal.valueOf(8))), "a range is the same figure only as a whole");
    assertFalse(SubjectValues.overlaps(new Value.Money(new Value.Num(BigDecimal.TEN), "USD"),
        new Value.Money(new Value.Num(BigDecimal.TEN), "EUR")));
  }

  private static final String[] SYLLABLES = {"ar", "len", "dor", "val", "tes", "sin", "mor",
      "ka", "vel", "tor", "ban", "ri", "so", "gun", "pel"};
  private static final String[] EN = {"The {N} charter was sealed by the council of the valley in {Y}.",
      "The {N} charter was renewed by the governors of the province in {Y}."};
  private static final String[] VI = {"Hiến chương {N} được hội đồng thung lũng ban hành vào năm {Y}.",
      "Hiến chương {N} được các thống đốc của tỉnh gia hạn vào năm {Y}."};
  private static final String[] RUS = {"Хартия {N} была утверждена советом всей долины в {Y} году.",
      "Хартия {N} была продлена правителями провинции в {Y} году."};
  private static final String FILL_EN = "Long quarrels went on among the merchants and farmers.";
  private static final String FILL_VI = "Các cuộc tranh chấp giữa thương nhân và nông dân kéo dài.";
  private static final String FILL_RU = "Долгие споры шли между купцами и крестьянами округи.";

  /**
   * Over generated documents (several named subjects, two years each, in paragraphs apart, with
   * other subjects between): no question on a subject's year offers its other year.
   */
  @Property(tries = 40, seed = "1616")
  void noQuestionOffersAnotherYearOfItsOwnNamedSubject(@ForAll @IntRange(min = 0, max = 2)
      int langIndex, @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    Language lang = new Language[] {Language.EN, Language.VI, RU}[langIndex];
    String[] frames = new String[][] {EN, VI, RUS}[langIndex];
    String fill = new String[] {FILL_EN, FILL_VI, FILL_RU}[langIndex];
    SplittableRandom rnd = new SplittableRandom(seed);
    int subjects = 2 + rnd.nextInt(3);
    List<String> names = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    List<int[]> years = new ArrayList<>(); // per subject: its two years
    List<int[]> order = new ArrayList<>(); // subject, which frame
    for (int i = 0; i < subjects; i++) {
      String n;
      do {
        n = SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)];
        n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
      } while (names.contains(n));
      names.add(n);
      int a;
      int b;
      do {
        a = 1850 + rnd.nextInt(60);
        b = a + 1 + rnd.nextInt(6);
      } while (used.contains(a) || used.contains(b));
      used.add(a);
      used.add(b);
      years.add(new int[] {a, b});
      order.add(new int[] {i, 0});
      order.add(new int[] {i, 1});
    }
    Distractors.shuffle(order, rnd);
    StringBuilder text = new StringBuilder();
    for (int[] o : order) {
      int y = years.get(o[0])[o[1]];
      text.append(frames[o[1]].replace("{N}", names.get(o[0]))
          .replace("{Y}", "{{" + y + "|date|" + y + "}}")).append("\n\n").append(fill)
          .append("\n\n");
    }
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", lang, text.toString()));
    for (int i = 0; i < subjects; i++) {
      for (int k = 0; k < 2; k++) {
        String own = String.valueOf(years.get(i)[k]);
        String other = String.valueOf(years.get(i)[1 - k]);
        for (String o : offered(r, own)) {
          assertFalse(o.contains(other), lang + " " + names.get(i) + " " + own + ": " + o
              + "\n" + text);
        }
      }
    }
  }
}
