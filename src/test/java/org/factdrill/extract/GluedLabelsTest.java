package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.GregorianCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A row label glued to its value, as a table or an infobox pasted from a web page gives it
 * (issue 19 item 4): random labels, lower-case or capitalised, × dates ICU writes in each
 * language's LONG and MEDIUM forms (month first or day first) and × figures ICU writes with the
 * language's grouping and decimal marks. The value is read whole, whatever the label.
 */
class GluedLabelsTest {
  private static final int CASES = 400;

  private static String label(Random rnd, Language lang) {
    String letters = lang.code().equals("he") ? "אבגדהוזחטיכלמנסעפצקרשת"
        : lang.code().equals("ru") ? "абвгдежзиклмнопрстуф" : "bcdfghklmnprstvaeiou";
    for (;;) {
      StringBuilder b = new StringBuilder();
      for (int k = 4 + rnd.nextInt(6); k > 0; k--) {
        b.append(letters.charAt(rnd.nextInt(letters.length())));
      }
      if (rnd.nextBoolean()) {
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
      }
      String w = b.toString().toLowerCase(java.util.Locale.ROOT);
      Lexicon lex = Lexicon.of(lang);
      // A numeral, a month or a word the pack gives a meaning of its own is no made-up label.
      if (lex.number(w) == null && lex.month(w) <= 0 && !lex.trigger(
          Tokenizer.toks(w), 0)) {
        return b.toString();
      }
    }
  }

  /** A label row: the label alone on its line, or after one other word ("Local date..."). */
  private static String row(Random rnd, Language lang, String value) {
    String lead = rnd.nextBoolean() ? "" : label(rnd, lang) + " ";
    return "Heading line\n" + lead + label(rnd, lang) + value + "\nnext row";
  }

  @Test
  void aLabelGluedToADateLeavesTheDateWhole() {
    Random rnd = new Random(611);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Language lang : Language.values()) {
      for (int style : new int[] {DateFormat.LONG, DateFormat.MEDIUM}) {
        DateFormat fmt = DateFormat.getDateInstance(style, lang.pack().locale());
        for (int n = 0; n < CASES; n++) {
          int y = 1700 + rnd.nextInt(320);
          int m = 1 + rnd.nextInt(12);
          int d = 1 + rnd.nextInt(28);
          String date = fmt.format(new GregorianCalendar(y, m - 1, d).getTime());
          String want = String.format("%04d-%02d-%02d", y, m, d);
          // Without the label, the language must read the form at all (else nothing to test).
          if (!dates(lang, date).equals(List.of(want))) {
            continue;
          }
          String text = row(rnd, lang, date);
          checked++;
          if (!dates(lang, text).equals(List.of(want))) {
            failures.add(lang.code() + ": " + text.replace('\n', '|') + " -> " + dates(lang, text));
          }
        }
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
        failures.size() + " of " + checked);
    assert checked > 2000 : checked;
  }

  @Test
  void aLabelGluedToAFigureLeavesTheFigureWhole() {
    Random rnd = new Random(612);
    List<String> failures = new ArrayList<>();
    for (Language lang : Language.values()) {
      NumberFormat fmt = NumberFormat.getInstance(lang.pack().locale());
      fmt.setGroupingUsed(true);
      for (int n = 0; n < CASES; n++) {
        BigDecimal v = rnd.nextBoolean() ? BigDecimal.valueOf(1000 + rnd.nextInt(9_000_000))
            : BigDecimal.valueOf(10 + rnd.nextInt(990)).movePointLeft(1);
        String figure = fmt.format(v);
        String text = row(rnd, lang, figure);
        List<Fact> facts = Facts.of(lang, text);
        List<BigDecimal> got = new ArrayList<>();
        for (Fact f : facts) {
          if (f.value() instanceof Value.Num num) {
            got.add(num.value().stripTrailingZeros());
          }
        }
        if (!got.equals(List.of(v.stripTrailingZeros()))) {
          failures.add(lang.code() + ": " + text.replace('\n', '|') + " -> " + got);
        }
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
        failures.size() + " failures");
  }

  @Test
  void aModelNameInASentenceStaysBlocked() {
    // Capitals inside the word, or a word in running text: a model or a code, not a row label.
    assertEquals("", Facts.describe(Language.EN, "They bought the new DeltaMax400 for the lab."));
  }

  private static List<String> dates(Language lang, String text) {
    return Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.DATE)
        .map(f -> ValueJson.node(f.value()).asText()).toList();
  }
}
