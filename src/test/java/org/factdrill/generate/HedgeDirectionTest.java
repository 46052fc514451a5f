package org.factdrill.generate;

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
import org.factdrill.text.Language;

/**
 * Issue 20, rubric lines 6 and 7 under hedges, over every hedge of every pack: thousands of
 * generated hedged sentences, and every wrong option and false statement lies where the hedged
 * statement is false (larger after "more than", smaller after "less than", clear of the reach of
 * "about"; the answer of an "about" figure takes any rank among its options). Names and figures are generated.
 */
class HedgeDirectionTest {
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE,
      Language.fromCode("ru").orElseThrow()};
  private static final String[] FRAMES = {
      "The army of {N} numbered {H}{V} soldiers when it crossed the river.",
      "Quân đội của {N} có {H}{V} binh sĩ khi vượt qua con sông lớn.",
      "צבא {N} מנה {H}{V} חיילים כאשר חצה את הנהר הגדול.",
      "Армия {N} насчитывала {H}{V} солдат, когда переправилась через реку."};
  private static final String[][] SYLLABLES = {
      {"Ar", "len", "dor", "val", "tes", "sin", "mor", "ka"},
      {"Ar", "len", "dor", "val", "tes", "sin", "mor", "ka"},
      {"אר", "לן", "דור", "ול", "טס", "סין", "מור", "קה"},
      {"Ар", "лен", "дор", "вал", "тес", "син", "мор", "ка"}};
  private static final int SENTENCES = 12;

  /** A hedge of a pack: its kind (up, down, about) and its words. */
  private record Hedge(String kind, String phrase) {}

  private static List<Hedge> hedges(Language l) {
    List<Hedge> out = new ArrayList<>();
    for (String line : LangWords.lines(l, "hedges")) {
      String[] p = line.split("\t", 2);
      if (p.length == 2 && Set.of("up", "down", "about").contains(p[0].strip())) {
        out.add(new Hedge(p[0].strip(), p[1].strip()));
      }
    }
    return out;
  }

  @Property(tries = 200, seed = "1616")
  void everyWrongValueOfAHedgedFigureLiesWhereTheHedgedStatementIsFalse(
      @ForAll @IntRange(min = 0, max = 3) int langIndex,
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    Language lang = LANGS[langIndex];
    List<Hedge> packHedges = hedges(lang);
    assertTrue(packHedges.size() >= 3, lang + " has hedges");
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    List<Object[]> asked = new ArrayList<>(); // shown figure, its hedge
    Set<String> names = new HashSet<>();
    Set<Integer> figures = new HashSet<>();
    for (int i = 0; i < SENTENCES; i++) {
      Hedge h = packHedges.get(rnd.nextInt(packHedges.size()));
      int n;
      do {
        n = (12 + rnd.nextInt(979)) * (rnd.nextBoolean() ? 1 : 10);
      } while (!figures.add(n));
      String name;
      String[] syl = SYLLABLES[langIndex];
      do {
        name = syl[rnd.nextInt(syl.length)] + syl[1 + rnd.nextInt(syl.length - 1)]
            + syl[1 + rnd.nextInt(syl.length - 1)];
      } while (!names.add(name));
      // A phrase ending in a one-letter preposition is written onto the figure ("יותר מ-500").
      String last = h.phrase().substring(h.phrase().lastIndexOf(' ') + 1);
      String hedge = h.phrase().endsWith("-") || h.phrase().endsWith("־") ? h.phrase()
          : last.length() == 1 && lang.pack().prefixes().contains(last) ? h.phrase() + "-"
          : h.phrase() + " ";
      String mark = "{{" + n + "|number|" + n + ("about".equals(h.kind()) ? "|~" : "") + "}}";
      text.append(FRAMES[langIndex].replace("{N}", name).replace("{H}", hedge)
          .replace("{V}", mark)).append("\n\n");
      asked.add(new Object[] {n, h});
    }
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", lang, text.toString()));
    for (Object[] a : asked) {
      int n = (int) a[0];
      Hedge h = (Hedge) a[1];
      BigDecimal answer = BigDecimal.valueOf(n);
      for (Question q : r.bank().questions()) {
        if (q.facts().isEmpty() || !String.valueOf(n).equals(q.facts().get(0).text())) {
          continue;
        }
        List<BigDecimal> wrong = new ArrayList<>();
        if (q instanceof Question.Choice c) {
          c.options().stream().filter(o -> !o.equals(c.answer().text()))
              .forEach(o -> wrong.add(figure(o)));
        } else if (q instanceof Question.TrueFalse t && !t.truth()) {
          wrong.add(figure(t.prompt()));
        }
        for (BigDecimal x : wrong) {
          String where = lang + " " + h + " " + n + ": " + x + " in " + q.prompt();
          switch (h.kind()) {
            case "up" -> assertTrue(x.compareTo(answer) > 0, where);
            case "down" -> assertTrue(x.compareTo(answer) < 0, where);
            default -> assertTrue(HedgeMargin.clearOf(answer, x), where);
          }
        }
      }
    }
  }

  /** The one figure a generated sentence or option writes, whatever its digit grouping. */
  private static BigDecimal figure(String s) {
    return new BigDecimal(s.replaceAll("[^0-9]", ""));
  }
}
