package org.factdrill.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Plausible wrong values for a fact, of the same kind, scale and precision, written like the
 * source: years near the true one and years found elsewhere in the corpus; counts and money with
 * the same number of significant digits (money keeps its currency and magnitude); percentages
 * within 0-100; days of the same month; other month names. Never the answer, never a value that
 * would also fit the blank, never two equal options.
 */
public final class Distractors {
  /** Compiled once: runs on every option. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<Integer> corpusYears;

  /** @param corpusYears years stated anywhere in the texts being generated from */
  public Distractors(Collection<Integer> corpusYears) {
    this.corpusYears = new TreeSet<>(corpusYears);
  }

  /** The answer as the options show it; null when this fact's value cannot be varied. */
  public Option answer(Fact f, String cleanText, Language lang) {
    OptionShape s = OptionShape.of(f, cleanText, lang);
    return s == null ? null : new Option(f.value(), s.answerText, sortKey(f.value()));
  }

  /**
   * Up to {@code n} wrong options, drawn with {@code rnd}, none equal to the answer or to a key in
   * {@code alsoFits}, sorted in no particular order (callers sort with the answer).
   */
  public List<Option> wrong(Fact f, String cleanText, Language lang, int n, SplittableRandom rnd,
      Set<String> alsoFits) {
    return wrong(f, cleanText, lang, n, rnd, alsoFits, HedgePolicy.Side.EITHER);
  }

  /**
   * As {@link #wrong(Fact, String, Language, int, SplittableRandom, Set)}, with every option on
   * the {@code side} where the hedged statement is false (larger after "more than").
   */
  List<Option> wrong(Fact f, String cleanText, Language lang, int n, SplittableRandom rnd,
      Set<String> alsoFits, HedgePolicy.Side side) {
    return wrong(f, cleanText, lang, n, rnd, alsoFits, side, y -> true);
  }

  /**
   * As above, with every year option (a year or the year of a date) accepted by {@code yearOk}:
   * the caller bounds years by the document's own span and by the other years of the prompt.
   */
  List<Option> wrong(Fact f, String cleanText, Language lang, int n, SplittableRandom rnd,
      Set<String> alsoFits, HedgePolicy.Side side, java.util.function.IntPredicate yearOk) {
    return wrong(f, cleanText, lang, n, rnd, alsoFits, side, yearOk, v -> true);
  }

  /**
   * As above, with every option accepted by {@code keep} (a period's end stays before or after
   * its other end). A decade's or century's option is tested by {@code yearOk} on its first year.
   */
  List<Option> wrong(Fact f, String cleanText, Language lang, int n, SplittableRandom rnd,
      Set<String> alsoFits, HedgePolicy.Side side, java.util.function.IntPredicate yearOk,
      java.util.function.Predicate<Value> keep) {
    return wrong(f, cleanText, lang, n, rnd, alsoFits, side, yearOk, keep,
        FineValues.suits(lang, f, null));
  }

  /**
   * As above; {@code fine}: the figure is a length of time or a rate written precisely
   * ({@link FineValues}), whose wrong values lie at its own precision; any other figure's wrong
   * values vary the whole figure.
   */
  List<Option> wrong(Fact f, String cleanText, Language lang, int n, SplittableRandom rnd,
      Set<String> alsoFits, HedgePolicy.Side side, java.util.function.IntPredicate yearOk,
      java.util.function.Predicate<Value> keep, boolean fine) {
    OptionShape s = OptionShape.of(f, cleanText, lang);
    if (s == null) {
      return List.of();
    }
    String answerKey = key(f.value());
    String answerText = norm(s.answerText);
    java.util.function.Function<Value, Option> accept = v -> {
      String k = key(v);
      String text = k.equals(answerKey) || alsoFits.contains(k) || !keep.test(v) ? null
          : s.render(v);
      return text == null || norm(text).equals(answerText) ? null : new Option(v, text, sortKey(v));
    };
    if (!(f.value() instanceof Value.Date)
        && (side == HedgePolicy.Side.EITHER || side == HedgePolicy.Side.AROUND)) {
      List<Option> run = fine ? null : OptionLattice.pick(f, s, n, rnd,
          side == HedgePolicy.Side.AROUND, accept);
      if (run != null) {
        return run;
      }
    }
    List<Value> pool = new ArrayList<>();
    if (f.value() instanceof Value.Date d) {
      DateCandidates.add(d, s, corpusYears, rnd, pool);
    } else {
      QuantityCandidates.add(f, s, rnd, pool, fine);
    }
    if (s.mode == OptionShape.Mode.YEAR) {
      pool.removeIf(v -> !yearOk.test(firstYear((Value.Date) v)));
    }
    Set<String> texts = new TreeSet<>();
    texts.add(answerText);
    String answerSort = sortKey(f.value());
    Set<String> keys = new TreeSet<>();
    List<Option> below = new ArrayList<>();
    List<Option> above = new ArrayList<>();
    for (Value v : pool) {
      Option o = keys.add(key(v)) ? accept.apply(v) : null;
      if (o == null || !texts.add(norm(o.text()))) {
        continue;
      }
      (o.sortKey().compareTo(answerSort) < 0 ? below : above).add(o);
    }
    return OptionSides.pick(below, above, side, n, rnd, f.value());
  }

  /** The year of a date, or the first year of a decade ("199") or century ("18"); else -1. */
  static int firstYear(Value.Date d) {
    int[] p = d.iso().matches("\\d{2,3}") ? YearOptions.period(d.iso()) : null;
    return p != null ? p[0] : d.year();
  }

  private static String norm(String s) {
    return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The identity of a value: its JSON form. */
  public static String key(Value v) {
    return v.json();
  }

  /** Orders numbers by size and dates chronologically (both as fixed-width strings). */
  static String sortKey(Value v) {
    if (v instanceof Value.Date d) {
      String first = d.iso().split("/")[0];
      if (first.length() == 3) {
        first = first + "0";
      }
      return first.startsWith("--") ? "0000" + first.substring(1) : first;
    }
    BigDecimal x = QuantityCandidates.numbers(v).get(0);
    BigDecimal shifted = x.add(BigDecimal.valueOf(1e15)).setScale(6, RoundingMode.HALF_UP);
    return String.format("%030d", shifted.movePointRight(6).toBigInteger());
  }

  /** Fisher-Yates with the question's own random source (deterministic per question). */
  static <T> void shuffle(List<T> list, SplittableRandom rnd) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
