package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, absurd options: a wrong date stays inside the span of time the document's prose
 * tells of (a year or a month before the story's first event is ruled out unread) and on the
 * answer's side of every date the prompt states with its year. Texts, names and dates are
 * invented.
 */
class DocumentSpanTest {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1\\d{3})(?!\\d)");

  private static Fact date(String iso) {
    return new Fact(0, 4, iso, FactKind.DATE, new Value.Date(iso), null, false, null);
  }

  @Test
  void aDateBeforeTheFirstEventIsRuledOutOnlyForAnAnswerAfterIt() {
    DocumentSpan span = DocumentSpan.of(List.of(date("1941-04"), date("1941-06"), date("1943")),
        f -> true);
    var later = span.keeps(new Value.Date("1941-06"));
    assertFalse(later.test(new Value.Date("1941-02")), "a month before the war began");
    assertTrue(later.test(new Value.Date("1941-05")));
    assertTrue(later.test(new Value.Date("1942-06")));
    // Options of other years go by years: within the first year the answer may be the first.
    assertTrue(later.test(new Value.Date("1940-06")));
    var nextYear = span.keeps(new Value.Date("1942-06"));
    assertFalse(nextYear.test(new Value.Date("1940-06")), "a year before the war began");
    assertTrue(nextYear.test(new Value.Date("1941-06")));
    var first = span.keeps(new Value.Date("1941-04"));
    assertTrue(first.test(new Value.Date("1940-04")), "the first event keeps earlier options");
    // A year written alone orders nothing inside its year.
    var alone = DocumentSpan.of(List.of(date("1950"), date("1950-06-25")), f -> true)
        .keeps(new Value.Date("1950-06-25"));
    assertTrue(alone.test(new Value.Date("1947-06-25")));
  }

  @Test
  void aDateAfterTheLastEventStaysPlausible() {
    var span = DocumentSpan.of(List.of(date("1941-04"), date("1945-05-08")), f -> true)
        .keeps(new Value.Date("1941-06"));
    assertTrue(span.test(new Value.Date("1946-06")), "a story may end before what is asked");
  }

  @Test
  void noWrongYearPrecedesTheStorysFirstEventInEnglishAndVietnamese() {
    String[][] cases = {
        {"en", "The war in the northern valley began in {{April 1941|date|1941-04}} when the army"
            + " crossed the river.\n\nThe northern army took the capital of the province in"
            + " {{June 1942|date|1942-06}} after a long siege.\n", "June 1942"},
        {"vi", "Chiến tranh ở thung lũng phía bắc bắt đầu vào {{tháng 4 năm 1941|date|1941-04}} khi"
            + " quân đội vượt sông.\n\nQuân đội phía bắc chiếm thủ phủ của tỉnh vào {{tháng 6 năm"
            + " 1942|date|1942-06}} sau một cuộc vây hãm dài.\n", "tháng 6 năm 1942"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      for (String o : SubjectValuesTest.offeredOverSeeds(lang, c[1], c[2])) {
        Matcher m = YEAR.matcher(o);
        while (m.find()) {
          assertTrue(Integer.parseInt(m.group(1)) >= 1941, c[0] + ": before the war: " + o);
        }
      }
    }
  }

  /** "Velm in July 1782, Dorval in ___ (1782)": no month before July is offered. */
  @Test
  void noMonthLiesOnTheOtherSideOfADateThePromptStates() {
    List<String> en = SubjectValuesTest.offeredOverSeeds(Language.EN, "The northern army left Velm"
        + " in {{July, 1782|date|1782-07}}, Dorval in {{December|date|1782-12}}, and Arlen, its"
        + " last post, in {{March, 1783|date|1783-03}}.\n", "December");
    for (String o : en) {
      for (String month : Fixtures.EN_MONTHS.subList(0, 6)) {
        assertFalse(o.matches("(?s).*Dorval in " + month + "\\b.*") || o.equals(month), o);
      }
    }
    List<String> vi = SubjectValuesTest.offeredOverSeeds(Language.VI, "Quân phương bắc rời Velm"
        + " vào {{tháng 7 năm 1782|date|1782-07}}, rời Dorval vào {{tháng 12|date|1782-12}} và rời"
        + " Arlen, đồn cuối cùng, vào {{tháng 3 năm 1783|date|1783-03}}.\n", "tháng 12");
    for (String o : vi) {
      Matcher m = Pattern.compile("(?:Dorval vào |^)tháng (\\d+)").matcher(o);
      if (m.find()) {
        assertTrue(Integer.parseInt(m.group(1)) > 7, o);
      }
    }
  }

  @Test
  void aYearlessDateOrdersNoYearOfTheBlank() {
    String template = "X surrendered on " + PromptBuilder.HOLE + ", an armistice was signed April 18.";
    Fact stated = new Fact(0, 8, "April 18", FactKind.DATE, new Value.Date("1865-04-18"), null,
        false, null);
    assertTrue(PromptDates.sameSide(new Value.Date("1865-04-26"), List.of(stated), template)
        .test(new Value.Date("1864-04-26")), "the shown words give no year to order by");
    Fact dated = new Fact(0, 14, "April 18, 1865", FactKind.DATE, new Value.Date("1865-04-18"),
        null, false, null);
    assertFalse(PromptDates.sameSide(new Value.Date("1865-04-26"), List.of(dated),
        template.replace("April 18", "April 18, 1865")).test(new Value.Date("1864-04-26")));
  }

  private static final String[] SYLLABLES = {"ar", "len", "dor", "val", "tes", "sin", "mor",
      "ka", "vel", "tor", "ban", "ri", "so", "gun", "pel"};
  private static final String[] FRAMES = {
      "The {N} council built a stone bridge over the river in {Y}.",
      "The {N} guild opened a market hall in the old town in {Y}.",
      "The {N} family founded a school for the village children in {Y}.",
      "The {N} company laid a railway line to the coast in {Y}."};

  /**
   * Over generated documents (paragraphs of dated events about generated names): no wrong year
   * is a year its paragraph states, and none lies before the document's first year for a later
   * answer.
   */
  @Property(tries = 30, seed = "1616")
  void optionsStayInsideTheStoryAndOffEveryYearOfTheirParagraph(
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int paragraphs = 2 + rnd.nextInt(3);
    List<List<Integer>> years = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    Set<String> names = new HashSet<>();
    StringBuilder text = new StringBuilder();
    int year = 1800 + rnd.nextInt(150);
    for (int p = 0; p < paragraphs; p++) {
      List<Integer> own = new ArrayList<>();
      int n = 2 + rnd.nextInt(2);
      for (int i = 0; i < n; i++) {
        year += 1 + rnd.nextInt(4);
        used.add(year);
        own.add(year);
        String name;
        do {
          name = SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)];
        } while (!names.add(name));
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        text.append(FRAMES[rnd.nextInt(FRAMES.length)].replace("{N}", name)
            .replace("{Y}", "{{" + year + "|date|" + year + "}}")).append(' ');
      }
      years.add(own);
      text.append("\n\n");
    }
    int first = used.stream().min(Integer::compare).orElseThrow();
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN, text.toString()));
    for (List<Integer> own : years) {
      for (int answer : own) {
        for (String o : SubjectValuesTest.offered(r, String.valueOf(answer))) {
          Matcher m = YEAR.matcher(o);
          while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y == answer) {
              continue; // each sentence states one year: any other is the wrong one
            }
            assertFalse(own.contains(y), answer + ": " + y + " is stated in its paragraph\n" + text);
            assertFalse(answer > first && y < first, answer + ": " + y + " before " + first);
          }
        }
      }
    }
  }
}
