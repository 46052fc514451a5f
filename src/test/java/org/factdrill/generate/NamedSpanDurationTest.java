package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;

/**
 * A bracketed period right after a name is the span of that name: after a person's name, a life,
 * never asked as "how long did it last?" of the clause's event; after the name of a thing that
 * lasts (a dynasty, a war, a rising) opening its clause, its length may be asked.
 */
class NamedSpanDurationTest {
  /** Invented sentences: a person's name, {P} the period, an event as the predicate. */
  private static final Map<Language, String> PERSON = Map.of(
      Language.EN, "Varo Tenkin {P} led the great rising of the hill towns against the crown.",
      Language.VI, "Trần Văn Kha {P} lãnh đạo cuộc khởi nghĩa lớn của các thị trấn miền núi chống triều đình.",
      Language.HE, "יואב תנקין {P} הנהיג את המרד הגדול של עיירות ההר נגד הכתר.",
      Language.fromCode("ru").orElseThrow(), "Иван Тенкин {P} возглавил большое восстание горных городов против короны.");
  /** A person named by the common noun of a calling before the name ("the poet X"). */
  private static final Map<Language, String> CALLING = Map.of(
      Language.VI, "Nhà thơ Trần Văn Kha {P} đã viết nhiều bài thơ về cuộc khởi nghĩa của các thị trấn miền núi.");
  /** The name of a thing that lasts, opening its clause. */
  private static final Map<Language, String> LASTING = Map.of(
      Language.EN, "The Varkos dynasty {P} ruled the hill towns and the river valley from the old capital.",
      Language.VI, "Nhà Varkos {P} cai trị các thị trấn miền núi và thung lũng sông từ kinh đô cũ.",
      Language.HE, "שושלת וארקוס {P} שלטה בעיירות ההר ובעמק הנהר מן הבירה הישנה.",
      Language.fromCode("ru").orElseThrow(), "Династия Варкос {P} правила горными городами и долиной реки из старой столицы.");

  private static List<Question> durations(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.DURATION).toList();
  }

  private static String text(String sentence, int start, int end, String dash) {
    return sentence.replace("{P}", "(" + start + dash + end + ")") + "\n";
  }

  @Property(tries = 15, seed = "1616")
  void aLifeAfterAPersonsNameIsNeverAskedAsTheLengthOfTheClause(
      @ForAll @IntRange(min = 1100, max = 1950) int born,
      @ForAll @IntRange(min = 20, max = 90) int age) {
    for (Map<Language, String> sentences : List.of(PERSON, CALLING)) {
      for (Map.Entry<Language, String> e : sentences.entrySet()) {
        for (String dash : List.of("–", " - ")) {
          String text = text(e.getValue(), born, born + age, dash);
          Result r = Fixtures.extracted(e.getKey(), text);
          assertEquals(List.of(), durations(r), text);
        }
      }
    }
  }

  @Property(tries = 15, seed = "1616")
  void theSpanOfANamedThingThatLastsIsStillAsked(
      @ForAll @IntRange(min = 1100, max = 1800) int start,
      @ForAll @IntRange(min = 5, max = 200) int length) {
    for (Map.Entry<Language, String> e : LASTING.entrySet()) {
      String text = text(e.getValue(), start, start + length, "–");
      Result r = Fixtures.extracted(e.getKey(), text);
      List<Question> d = durations(r);
      assertFalse(d.isEmpty(), text + r.report().format(r.bank()));
      assertEquals(String.valueOf(length), d.get(0).answer().text(), text);
    }
  }

  /** vi15: invented Vietnamese names, family name first; a period named after one is the person's time. */
  private static final String[] FAMILIES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Đinh", "Mạc"};
  private static final String[] GIVEN = {"Văn Khải", "Thị Lan", "Khắc Tuy", "Bá Sơn", "Đình Lộc",
      "Minh", "Quang Vũ"};

  @Property(tries = 20, seed = "1616")
  void thePeriodNamedAfterAPersonIsTheirTimeNeverAskedAsALength(
      @ForAll @IntRange(min = 0, max = 6) int family, @ForAll @IntRange(min = 0, max = 6) int given,
      @ForAll @IntRange(min = 1100, max = 1900) int born,
      @ForAll @IntRange(min = 20, max = 90) int age) {
    String name = FAMILIES[family] + " " + GIVEN[given];
    for (String noun : List.of("Thời", "Thời đại", "Thời kỳ")) {
      String text = text(noun + " " + name + " {P} là một giai đoạn nhiều biến động ở vùng núi.",
          born, born + age, "–");
      Result r = Fixtures.extracted(Language.VI, text);
      assertEquals(List.of(), durations(r), text);
    }
  }

  @Property(tries = 10, seed = "1616")
  void aPeriodNamedByOneFamilyNameIsADynastysAndIsAsked(
      @ForAll @IntRange(min = 0, max = 6) int family,
      @ForAll @IntRange(min = 1100, max = 1700) int start,
      @ForAll @IntRange(min = 5, max = 200) int length) {
    String text = text("Thời " + FAMILIES[family] + " {P} là một giai đoạn thịnh trị của đất nước.",
        start, start + length, "–");
    Result r = Fixtures.extracted(Language.VI, text);
    List<Question> d = durations(r);
    assertFalse(d.isEmpty(), text + r.report().format(r.bank()));
    assertEquals(String.valueOf(length), d.get(0).answer().text(), text);
  }
}
