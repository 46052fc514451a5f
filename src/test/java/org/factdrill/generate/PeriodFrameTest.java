package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A period keeps its frame when one end is blanked ("between 1890 and _____"), in every language
 * the packs' range words make periods in; a false statement about an end narrows the period (a
 * wider one may stay true of an event inside it); choice items are not made of such an end.
 * A period in brackets after a name is not asked by its ends at all ({@link BracketedSpanTest}).
 */
class PeriodFrameTest {
  /** Invented carrier sentences, one per language; {P} is the period. */
  private static final Map<Language, String> CARRIER = Map.of(
      Language.EN, "The council of the northern towns met {P} in the old capital of the kingdom.",
      Language.VI, "Hội đồng các thị trấn phía bắc đã họp {P} tại kinh đô cũ của vương quốc.",
      Language.HE, "מועצת הערים הצפוניות התכנסה {P} בבירה הישנה של הממלכה.",
      Language.fromCode("ru").orElseThrow(), "Совет северных городов собирался {P} в старой столице королевства.");

  private static List<Question> of(Result r, QuestionType t, String answer) {
    return r.bank().questions().stream()
        .filter(q -> q.type() == t && q.answer().text().equals(answer)).toList();
  }

  /**
   * The periods a pack's words write: an opener and a connector ("from A to B", "từ A đến B"),
   * "between A and B", a prefix letter for "from" or "to" ("מ-A עד B", "בין A ל-B"), a dash.
   */
  static List<String> forms(LanguagePack p) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> connectors = new LinkedHashSet<>(p.words("range-connectors"));
    connectors.addAll(p.words("date-range-connectors"));
    for (String o : p.words("period-openers")) {
      for (String c : connectors) {
        out.add(o + " {A} " + c + " {B}");
      }
    }
    for (String f : p.words("range-from-prefixes")) {
      for (String c : connectors) {
        out.add(f + "-{A} " + c + " {B}");
      }
    }
    for (String b : p.words("range-between")) {
      for (String j : p.words("range-between-join")) {
        out.add(b + " {A} " + j + " {B}");
      }
      for (String t : p.words("range-connector-prefixes")) {
        out.add(b + " {A} " + t + "-{B}");
      }
    }
    out.add("{A}–{B}");
    return new ArrayList<>(out);
  }

  @Test
  void everyConnectorOfEveryPackKeepsItsFrameWithOnlyTheAskedEndBlanked() {
    for (Language lang : CARRIER.keySet()) {
      Set<String> framed = new LinkedHashSet<>();
      for (String form : forms(lang.pack())) {
        String period = form.replace("{A}", "1890").replace("{B}", "1899");
        String sentence = CARRIER.get(lang).replace("{P}", period);
        Result r = Fixtures.extracted(lang, sentence + "\n");
        for (Question q : of(r, QuestionType.CLOZE, "1899")) {
          // The prompt is the sentence with the asked end alone blanked: opener, connector and
          // the other end stay where the source wrote them.
          assertEquals(sentence.replace("1899", "_____"), q.prompt(), lang + " " + form);
          framed.add(form);
        }
        for (Question q : of(r, QuestionType.CLOZE, "1890")) {
          assertEquals(sentence.replace("1890", "_____"), q.prompt(), lang + " " + form);
        }
      }
      // Every connector word the pack declares makes at least one period asked in its frame.
      Set<String> connectors = new LinkedHashSet<>(lang.pack().words("range-connectors"));
      connectors.addAll(lang.pack().words("range-between-join"));
      for (String c : connectors) {
        assertTrue(framed.stream().anyMatch(f -> f.contains(" " + c + " ")),
            lang + ": no period with '" + c + "' kept its frame: " + framed);
      }
    }
  }

  @Property(tries = 40, seed = "1616")
  void aFalseStatementAboutAnEndNarrowsThePeriodAndNoChoiceIsMade(
      @ForAll @IntRange(min = 1100, max = 1990) int start,
      @ForAll @IntRange(min = 4, max = 30) int length, @ForAll long seed) {
    int end = start + length;
    for (Language lang : List.of(Language.EN, Language.VI)) {
      String form = forms(lang.pack()).get(0);
      String sentence = CARRIER.get(lang).replace("{P}",
          form.replace("{A}", String.valueOf(start)).replace("{B}", String.valueOf(end)));
      Document doc = new Document("t.txt", sentence + "\n", lang);
      Result r = Fixtures.generate(seed, new DocFacts(new SourceText(doc, "0".repeat(64)),
          SharedExtractor.get().extract(doc)));
      // Two ends of one sentence: when both drew "true", the second is stated falsely.
      assertTrue(r.bank().questions().stream().anyMatch(q -> q instanceof Question.TrueFalse tf
          && !tf.truth()), r.report().format(r.bank()));
      for (Question q : r.bank().questions()) {
        if (q.type() == QuestionType.CHOICE) {
          throw new AssertionError("a choice of a period's end: " + q.prompt());
        }
        if (q instanceof Question.TrueFalse tf && !tf.truth()) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}")
              .matcher(tf.prompt());
          List<Integer> years = new ArrayList<>();
          while (m.find()) {
            years.add(Integer.parseInt(m.group()));
          }
          assertEquals(2, years.size(), tf.prompt());
          // Narrower, and still a period: start <= a < b <= end, not both the source's ends.
          assertTrue(start <= years.get(0) && years.get(0) < years.get(1)
              && years.get(1) <= end, tf.prompt());
          assertFalse(years.get(0) == start && years.get(1) == end, tf.prompt());
        }
      }
    }
  }

  @Test
  void anEndSharingItsMonthAndYearWithTheOtherIsBlankedWithoutThem() {
    Result vi = Fixtures.extracted(Language.VI,
        "Hội nghị diễn ra từ ngày 2 đến ngày 30 tháng 4 năm 1984 tại Hà Nội với nhiều đại biểu.\n");
    Question end = of(vi, QuestionType.CLOZE, "30").get(0);
    assertEquals("Hội nghị diễn ra từ ngày 2 đến ngày _____ tháng 4 năm 1984 tại Hà Nội với nhiều"
        + " đại biểu.", end.prompt());
    assertEquals("1984-04-30", end.answer().value().textual().orElseThrow());
    Question start = of(vi, QuestionType.CLOZE, "2").get(0);
    assertTrue(start.prompt().contains("từ ngày _____ đến ngày 30 tháng 4 năm 1984"),
        start.prompt());
    assertEquals("1984-04-02", start.answer().value().textual().orElseThrow());

    Result en = Fixtures.extracted(Language.EN,
        "The talks lasted from 2 March to 30 April 1984 in Geneva under the new treaty.\n");
    Question april = of(en, QuestionType.CLOZE, "30 April").get(0);
    assertTrue(april.prompt().contains("from 2 March to _____ 1984 in"), april.prompt());
    Question march = of(en, QuestionType.CLOZE, "2 March").get(0);
    assertTrue(march.prompt().contains("from _____ to 30 April 1984 in"), march.prompt());
  }

  @Property(tries = 40, seed = "1616")
  void aFalseDayOfAPeriodStaysInsideIt(@ForAll @IntRange(min = 1, max = 14) int first,
      @ForAll @IntRange(min = 3, max = 14) int length, @ForAll long seed) {
    int last = first + length;
    String sentence = "Hội nghị diễn ra từ ngày " + first + " đến ngày " + last
        + " tháng 4 năm 1984 tại Hà Nội với nhiều đại biểu.";
    Document doc = new Document("t.txt", sentence + "\n", Language.VI);
    Result r = Fixtures.generate(seed, new DocFacts(new SourceText(doc, "0".repeat(64)),
        SharedExtractor.get().extract(doc)));
    for (Question q : r.bank().questions()) {
      if (q instanceof Question.TrueFalse tf && !tf.truth()) {
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("từ ngày (\\d+) đến ngày (\\d+) tháng 4").matcher(tf.prompt());
        assertTrue(m.find(), tf.prompt());
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        assertTrue(first <= a && a < b && b <= last && (a != first || b != last), tf.prompt());
      }
    }
  }
}
