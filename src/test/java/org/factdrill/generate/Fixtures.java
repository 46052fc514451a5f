package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;

/**
 * Hand-made facts for generator tests, independent of the extractor: a text with its facts marked
 * as {{shown text|kind|value}} (value: 1993, 1991-12-26, 23000, 20000..30000, USD:100000000),
 * with "|~" after the value for an approximate fact.
 */
final class Fixtures {
  private static final Pattern MARK = Pattern.compile("\\{\\{([^|}]+)\\|(\\w+)\\|([^|}]+)(\\|~)?\\}\\}");

  private Fixtures() {}

  /** Several paragraphs, possibly of other languages' writing, as one document. */
  static DocFacts doc(String name, Language lang, String marked, String more) {
    return doc(name, lang, marked + "\n" + more + "\n");
  }

  static DocFacts doc(String name, Language lang, String marked) {
    StringBuilder text = new StringBuilder();
    List<Object[]> marks = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int pos = 0;
    while (m.find()) {
      text.append(marked, pos, m.start());
      int start = text.length();
      text.append(m.group(1));
      marks.add(new Object[] {start, text.length(), m.group(1), FactKind.fromJson(m.group(2)),
          value(FactKind.fromJson(m.group(2)), m.group(3)), m.group(4) != null});
      pos = m.end();
    }
    text.append(marked.substring(pos));
    String t = text.toString();
    List<Span> sentences = Sentences.split(t, lang);
    List<Fact> facts = new ArrayList<>();
    for (Object[] o : marks) {
      int start = (int) o[0];
      Span sentence = sentences.stream().filter(s -> s.start() <= start && start < s.end())
          .findFirst().orElse(null);
      facts.add(new Fact(start, (int) o[1], (String) o[2], (FactKind) o[3], (Value) o[4], null,
          (boolean) o[5], sentence));
    }
    return new DocFacts(new SourceText(new Document(name, t, lang), "0".repeat(64)), facts);
  }

  static Value value(FactKind kind, String v) {
    if (kind == FactKind.DATE) {
      return new Value.Date(v);
    }
    if (kind == FactKind.MONEY) {
      String[] p = v.split(":");
      return new Value.Money(num(p[1]), p[0]);
    }
    return num(v);
  }

  private static Value num(String v) {
    if (v.contains("..")) {
      String[] p = v.split("\\.\\.");
      return new Value.NumRange(new BigDecimal(p[0]), new BigDecimal(p[1]));
    }
    return new Value.Num(new BigDecimal(v));
  }

  static GenerateOptions options(long seed) {
    return new GenerateOptions(EnumSet.allOf(QuestionType.class), new java.util.LinkedHashSet<>(Language.values()),
        seed);
  }

  /** A bank from one marked-up document "t.txt" in {@code lang}, seed 1. */
  static Result generate(Language lang, String marked) {
    return generate(1, doc("t.txt", lang, marked));
  }

  /** The cloze questions of {@code r} whose answer is written {@code answerText}. */
  static List<org.factdrill.bank.Question> clozes(Result r, String answerText) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answerText)).toList();
  }

  /** Whether {@code r}'s report skipped the fact written {@code text} for {@code why}. */
  /** The first cloze asking {@code answer} of a one-document bank; fails showing the report. */
  static org.factdrill.bank.Question firstCloze(Language lang, String marked, String answer) {
    Result r = generate(1, doc("t.txt", lang, marked));
    List<org.factdrill.bank.Question> qs = clozes(r, answer);
    org.junit.jupiter.api.Assertions.assertFalse(qs.isEmpty(), r.report().format(r.bank()));
    return qs.get(0);
  }

  static boolean skipped(Result r, SkipReason why, String text) {
    return r.report().skipped().stream().anyMatch(s -> s.reason() == why
        && s.text().equals(text));
  }

  /** English month names, for generated dates. */
  static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");

  /** A bank (seed 1) from the facts the real extractor finds in plain {@code text}. */
  static Result extracted(Language lang, String text) {
    return extracted(1, lang, text);
  }

  /**
   * The banks {@link #extracted(long, Language, String)} made last on this thread, by seed,
   * language and text: generation is deterministic, and several tests of a class check the same
   * generated texts for different properties (LabelRowsListingTest builds each of its listings'
   * banks three times). Read-only for the tests; bounded, so a property test's thousands of texts
   * do not pile up.
   */
  private static final ThreadLocal<Map<String, Result>> MADE = ThreadLocal.withInitial(
      () -> new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
          return size() > 200;
        }
      });

  /** A bank with {@code seed} from the facts the real extractor finds in plain {@code text}. */
  static Result extracted(long seed, Language lang, String text) {
    String key = seed + "|" + lang.code() + "|" + text;
    Result made = MADE.get().get(key);
    if (made == null) {
      Document doc = new Document("t.txt", text, lang);
      made = generate(seed, new DocFacts(new SourceText(doc, "0".repeat(64)),
          SharedExtractor.get().extract(doc)));
      MADE.get().put(key, made);
    }
    return made;
  }

  /**
   * One generator per test thread, as the program uses one for a whole corpus: building one
   * (its pack-driven rules and expressions) cost a tenth of a small text's generation. It keeps
   * no state between runs but its per-language word lists.
   */
  private static final ThreadLocal<BankGenerator> GENERATOR =
      ThreadLocal.withInitial(() -> new BankGenerator(doc -> List.of(), "test"));

  /** The questions of {@code r} whose answer is written {@code answerText}. */
  static List<org.factdrill.bank.Question> asking(Result r, String answerText) {
    return r.bank().questions().stream().filter(q -> q.answer().text().equals(answerText))
        .toList();
  }

  static Result generate(long seed, DocFacts... docs) {
    return GENERATOR.get().fromFacts(List.of(docs), options(seed));
  }

  /** An English history text with facts of every kind. */
  static DocFacts english() {
    return doc("war.txt", Language.EN, englishMarked());
  }

  /** The marked text of {@link #english()}. */
  static String englishMarked() {
    return """
        The Soviet Union collapsed in {{1991|date|1991}}, and both sides looked for weapons.

        Russia kept {{23,000|number|23000}} troops at its 102nd base near Gyumri throughout the fighting.

        The withdrawal of the remaining Russian units was completed in {{1993|date|1993}}, two years after independence.

        The United States granted Azerbaijan aid worth {{$100 million|money|USD:100000000}} over two years, up from very little before.

        Nearly {{20%|percent|20}} of the territory of Azerbaijan was occupied by the end of the fighting.

        On {{26 December 1991|date|1991-12-26}}, the Soviet Union formally ceased to exist as a state.

        The ceasefire agreement was signed in Bishkek in {{May 1994|date|1994-05}} by the parties.

        Armenia had only {{3|number|3}} infantry divisions and no airfield of its own during the fighting.

        An estimated {{30,000|number|30000|~}} people were killed during the six years of the war.
        """;
  }

  /** A Vietnamese text written with dot-grouped numbers. */
  static DocFacts vietnamese() {
    return doc("chien-tranh.txt", Language.VI, """
        Một đạo quân gồm {{23.000|number|23000}} người đóng tại căn cứ quân sự của Nga gần Gyumri trong suốt cuộc chiến.

        Quân Nga rút hết khỏi Armenia vào năm {{1993|date|1993}} sau nhiều tháng đàm phán.

        Phía Azerbaijan có đến {{10.000|number|10000}} toa xe đạn dược trong các kho quân sự cũ.
        """);
  }

  /** The years a choice's options or a true/false statement show (none for other types). */
  static List<String> shownYears(org.factdrill.bank.Question q) {
    List<String> shown = new java.util.ArrayList<>();
    if (q instanceof org.factdrill.bank.Question.Choice c) {
      shown.addAll(c.options());
    } else if (q instanceof org.factdrill.bank.Question.TrueFalse tf) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(tf.prompt());
      while (m.find()) {
        shown.add(m.group());
      }
    }
    return shown;
  }
}
