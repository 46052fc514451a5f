package org.factdrill.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.extract.Values;
import org.factdrill.text.Language;

/**
 * Plausible wrong values for a fact, of the same kind, scale and precision, written like the
 * source: years near the true one and years found elsewhere in the corpus; counts and money with
 * the same number of significant digits (money keeps its currency and magnitude); percentages
 * within 0-100; days of the same month; other month names. Never the answer, never a value that
 * would also fit the blank, never two equal options.
 */
public final class Distractors {
  private static final double[] FACTORS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.2, 1.25, 1.3, 1.4,
      1.5, 1.75, 2, 2.5, 3};
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(.*)$");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<!\\d)\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?!\\d)");

  private final Set<Integer> corpusYears;
  /** Loaded once, read only. */
  private static final NumberWords WORDS = new NumberWords();

  /** @param corpusYears years stated anywhere in the texts being generated from */
  public Distractors(Collection<Integer> corpusYears) {
    this.corpusYears = new TreeSet<>(corpusYears);
  }

  /** The answer as the options show it; null when this fact's value cannot be varied. */
  public Option answer(Fact f, String cleanText, Language lang) {
    Shape s = shape(f, cleanText, lang);
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
    Shape s = shape(f, cleanText, lang);
    if (s == null) {
      return List.of();
    }
    List<Value> pool = candidates(f, s, rnd);
    if (s.mode == Mode.YEAR) {
      pool.removeIf(v -> !yearOk.test(((Value.Date) v).year()));
    }
    Set<String> texts = new TreeSet<>();
    texts.add(norm(s.answerText));
    String answerKey = key(f.value());
    String answerSort = sortKey(f.value());
    Set<String> keys = new TreeSet<>();
    List<Option> below = new ArrayList<>();
    List<Option> above = new ArrayList<>();
    for (Value v : pool) {
      String k = key(v);
      if (k.equals(answerKey) || alsoFits.contains(k) || !keys.add(k)) {
        continue;
      }
      String text = s.render(v);
      if (text == null || !texts.add(norm(text))) {
        continue;
      }
      Option o = new Option(v, text, sortKey(v));
      (o.sortKey().compareTo(answerSort) < 0 ? below : above).add(o);
    }
    if (side == HedgePolicy.Side.ABOVE) {
      below.clear();
    } else if (side == HedgePolicy.Side.BELOW) {
      above.clear();
    }
    // The answer's rank among the options is drawn at random, so it is not always the middle
    // or the latest one; each side keeps its most plausible candidates first.
    int wantBelow = rnd.nextInt(n + 1);
    int takeBelow = Math.min(below.size(), Math.max(wantBelow, n - above.size()));
    int takeAbove = Math.min(above.size(), n - takeBelow);
    List<Option> out = new ArrayList<>(below.subList(0, takeBelow));
    out.addAll(above.subList(0, takeAbove));
    if (n >= 3 && out.size() >= 3) {
      List<Option> rest = new ArrayList<>(below.subList(takeBelow, below.size()));
      rest.addAll(above.subList(takeAbove, above.size()));
      Grid.avoid(out, f.value(), rest);
    }
    return out;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Candidate values, most plausible mixes first (shuffled within their groups). */
  private List<Value> candidates(Fact f, Shape s, SplittableRandom rnd) {
    List<Value> out = new ArrayList<>();
    if (f.value() instanceof Value.Date d) {
      dateCandidates(d, s, rnd, out);
      return out;
    }
    List<BigDecimal> nums = numbers(f.value());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < FACTORS.length; i++) {
      order.add(i);
    }
    shuffle(order, rnd);
    BigDecimal minGap = BigDecimal.valueOf(f.approx() ? 0.2 : 0.1);
    boolean percent = f.kind() == FactKind.PERCENT;
    List<Value> sameDigits = new ArrayList<>();
    List<Value> otherDigits = new ArrayList<>();
    for (int i : order) {
      List<BigDecimal> shown = new ArrayList<>();
      boolean ok = true;
      boolean sameScale = true;
      for (int j = 0; j < nums.size(); j++) {
        ValueText.Run run = s.runs.isEmpty() ? null : s.runs.get(j);
        BigDecimal scale = run == null ? BigDecimal.ONE : run.scale();
        BigDecimal x = nums.get(j).divide(scale);
        BigDecimal y = roundLike(x.multiply(BigDecimal.valueOf(FACTORS[i])), x,
            run == null ? Math.max(0, x.stripTrailingZeros().scale()) : run.decimals());
        if (y.signum() <= 0 || percent && y.compareTo(BigDecimal.valueOf(100)) > 0
            && x.compareTo(BigDecimal.valueOf(100)) <= 0) {
          ok = false;
          break;
        }
        BigDecimal gap = y.subtract(x).abs().divide(x, MathContext.DECIMAL64);
        if (gap.compareTo(minGap) < 0) {
          ok = false;
          break;
        }
        sameScale &= intDigits(y) == intDigits(x);
        shown.add(y.multiply(scale));
      }
      if (!ok || shown.size() > 1 && shown.get(0).compareTo(shown.get(1)) >= 0) {
        continue;
      }
      (sameScale ? sameDigits : otherDigits).add(rebuild(f.value(), shown));
    }
    out.addAll(sameDigits);
    out.addAll(otherDigits);
    if (nums.size() == 1 && nums.get(0).compareTo(BigDecimal.TEN) < 0
        && nums.get(0).stripTrailingZeros().scale() <= 0) {
      // Small whole counts (1, 2, 3 divisions): neighbours are the plausible mistakes.
      for (int d = 1; d <= 4; d++) {
        out.add(rebuild(f.value(), List.of(nums.get(0).add(BigDecimal.valueOf(d)))));
      }
    }
    return out;
  }

  private void dateCandidates(Value.Date d, Shape s, SplittableRandom rnd, List<Value> out) {
    String iso = d.iso();
    if (s.mode == Mode.YEAR) {
      int year = d.year();
      boolean decade = iso.length() == 3;
      int step = decade ? 10 : 1;
      List<Integer> fromCorpus = new ArrayList<>();
      int latest = year;
      for (int y : corpusYears) {
        latest = Math.max(latest, y);
      }
      if (!decade) {
        for (int y : corpusYears) {
          if (y != year && Math.abs(y - year) <= 15) {
            fromCorpus.add(y);
          }
        }
      }
      shuffle(fromCorpus, rnd);
      List<Integer> near = new ArrayList<>();
      for (int k = 1; k <= 8; k++) {
        // Not after the latest year the texts mention: a student could rule those out.
        if (year + k * step <= Math.max(latest, year + 5) || decade) {
          near.add(year + k * step);
        }
        near.add(year - k * step);
      }
      shuffle(near, rnd);
      // One or two years the student has met elsewhere in the texts, the rest close by.
      int fromText = Math.min(fromCorpus.size(), 1 + rnd.nextInt(2));
      List<Integer> years = new ArrayList<>(fromCorpus.subList(0, fromText));
      years.addAll(near);
      years.addAll(fromCorpus.subList(fromText, fromCorpus.size()));
      for (int y : years) {
        out.add(new Value.Date(shiftYears(iso, y - year)));
      }
    } else if (s.mode == Mode.DAY) {
      int day = Integer.parseInt(iso.substring(iso.length() - 2));
      int monthLength = java.time.YearMonth.of(2000,
          Integer.parseInt(iso.substring(iso.length() - 5, iso.length() - 3))).lengthOfMonth();
      List<Integer> days = new ArrayList<>();
      for (int k = -12; k <= 12; k++) {
        if (k != 0 && day + k >= 1 && day + k <= monthLength) {
          days.add(day + k);
        }
      }
      shuffle(days, rnd);
      for (int dd : days) {
        out.add(new Value.Date(iso.substring(0, iso.length() - 2) + String.format("%02d", dd)));
      }
    } else if (s.mode == Mode.MONTH) {
      int month = Integer.parseInt(iso.substring(iso.length() - 2));
      List<Integer> months = new ArrayList<>();
      for (int k = 1; k <= 12; k++) {
        if (k != month) {
          months.add(k);
        }
      }
      shuffle(months, rnd);
      for (int mm : months) {
        out.add(new Value.Date(iso.substring(0, iso.length() - 2) + String.format("%02d", mm)));
      }
    }
  }

  /** Shifts every year of an ISO date (or date range, or decade) by {@code delta} years. */
  static String shiftYears(String iso, int delta) {
    StringBuilder b = new StringBuilder();
    String[] parts = iso.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append('/');
      }
      String p = parts[i];
      if (p.length() == 3 && p.chars().allMatch(Character::isDigit)) {
        b.append(Integer.parseInt(p) + delta / 10);
        continue;
      }
      Matcher m = YEAR.matcher(p);
      if (m.matches()) {
        b.append(String.format("%04d", Integer.parseInt(m.group(1)) + delta)).append(m.group(2));
      } else {
        b.append(p);
      }
    }
    return b.toString();
  }

  /** Rounds y to the significant digits of x, at most {@code decimals} decimals. */
  static BigDecimal roundLike(BigDecimal y, BigDecimal x, int decimals) {
    int sig = significant(x);
    BigDecimal r = y.round(new MathContext(Math.max(1, sig), RoundingMode.HALF_UP));
    if (r.scale() > decimals) {
      r = r.setScale(decimals, RoundingMode.HALF_UP);
    }
    return Values.canonical(r);
  }

  /** Significant digits: 23000 has 2, 102 has 3, 1.5 has 2. */
  static int significant(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return Math.max(1, s.precision());
  }

  private static int intDigits(BigDecimal x) {
    return x.setScale(0, RoundingMode.DOWN).abs().toPlainString().length();
  }

  private static List<BigDecimal> numbers(Value v) {
    if (v instanceof Value.Num n) {
      return List.of(n.value());
    }
    if (v instanceof Value.NumRange r) {
      return List.of(r.lo(), r.hi());
    }
    if (v instanceof Value.Money m) {
      return numbers(m.amount());
    }
    return List.of();
  }

  private static Value rebuild(Value like, List<BigDecimal> nums) {
    if (like instanceof Value.Num) {
      return new Value.Num(Values.canonical(nums.get(0)));
    }
    if (like instanceof Value.NumRange) {
      return new Value.NumRange(Values.canonical(nums.get(0)), Values.canonical(nums.get(1)));
    }
    Value.Money m = (Value.Money) like;
    return new Value.Money(rebuild(m.amount(), nums), m.currency());
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
    BigDecimal x = numbers(v).get(0);
    BigDecimal shifted = x.add(BigDecimal.valueOf(1e15)).setScale(6, RoundingMode.HALF_UP);
    return String.format("%030d", shifted.movePointRight(6).toBigInteger());
  }

  private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  // ---- how a fact's text writes its value -------------------------------------------------

  private enum Mode { NUMBER, WORDS, YEAR, DAY, MONTH }

  /** How to render other values of a fact's shape in its text's style. */
  private static final class Shape {
    final Mode mode;
    final String text;
    final List<ValueText.Run> runs;
    final Language lang;
    final boolean percent;
    final String answerText;
    final Months.Match month;
    final NumberWords words;
    final BigDecimal wordValue;
    String noun; // the noun a number word counts, when the extractor found one

    Shape(Mode mode, String text, List<ValueText.Run> runs, Language lang, boolean percent,
        String answerText, Months.Match month) {
      this(mode, text, runs, lang, percent, answerText, month, null, null);
    }

    Shape(Mode mode, String text, List<ValueText.Run> runs, Language lang, boolean percent,
        String answerText, Months.Match month, NumberWords words, BigDecimal wordValue) {
      this.words = words;
      this.wordValue = wordValue;
      this.mode = mode;
      this.text = text;
      this.runs = runs;
      this.lang = lang;
      this.percent = percent;
      this.answerText = answerText;
      this.month = month;
    }

    String render(Value v) {
      if (mode == Mode.WORDS) {
        return v instanceof Value.Num n ? words.render(lang, text, wordValue, n.value(), noun) : null;
      }
      if (mode == Mode.NUMBER) {
        return runs.isEmpty() ? ValueText.canonical(v, lang, percent)
            : ValueText.replace(text, runs, numbers(v));
      }
      String iso = ((Value.Date) v).iso();
      if (mode == Mode.MONTH) {
        if (month != null) {
          return month.replace(text, Integer.parseInt(iso.substring(iso.length() - 2)));
        }
        return ValueText.replace(text, runs,
            List.of(new BigDecimal(iso.substring(iso.length() - 2))));
      }
      if (mode == Mode.DAY) {
        return ValueText.replace(text, runs,
            List.of(new BigDecimal(iso.substring(iso.length() - 2))));
      }
      List<BigDecimal> years = new ArrayList<>();
      for (String p : iso.split("/")) {
        years.add(new BigDecimal(p.length() == 3 ? p + "0" : p.substring(0, 4)));
      }
      return ValueText.replace(text, runs, years);
    }
  }

  private static Shape shape(Fact f, String text, Language lang) {
    Value v = f.value();
    if (v instanceof Value.Date d) {
      return dateShape(d, text, lang);
    }
    List<ValueText.Run> runs = ValueText.match(text, numbers(v), lang);
    boolean percent = f.kind() == FactKind.PERCENT;
    if (runs.isEmpty()) {
      if (!ValueText.RUN.matcher(text).find() && v instanceof Value.Num n
          && WORDS.knows(lang, text, n.value())) {
        // Written as a word: every option a word of the same form ("חמש" → "שלוש", never "3").
        Shape w = new Shape(Mode.WORDS, text, runs, lang, percent, text, null, WORDS, n.value());
        w.noun = f.unit(); // the counted noun, whose gender decides a word like "שמונה"
        return w;
      }
      // Other numbers in words: no option could be written as the source writes it.
      return null;
    }
    return new Shape(Mode.NUMBER, text, runs, lang, percent, text, null);
  }

  private static Shape dateShape(Value.Date d, String text, Language lang) {
    String iso = d.iso();
    List<BigDecimal> years = new ArrayList<>();
    boolean hasYears = true;
    for (String p : iso.split("/")) {
      if (p.length() == 3 && p.chars().allMatch(Character::isDigit)) {
        years.add(new BigDecimal(p + "0"));
      } else if (p.length() >= 4 && Character.isDigit(p.charAt(0))) {
        years.add(new BigDecimal(p.substring(0, 4)));
      } else {
        hasYears = false;
      }
    }
    if (hasYears && !years.isEmpty()) {
      List<ValueText.Run> runs = yearRuns(text, years);
      if (runs != null) {
        return new Shape(Mode.YEAR, text, runs, lang, false, text, null);
      }
      if (!iso.matches("\\d{4}-\\d\\d(?:-\\d\\d)?")) {
        return null;
      }
      // A month or day whose year the context gave ("October 9" in a text of 2020): vary the
      // day or month the text writes, keeping the year.
    }
    if (NUMERIC_DATE.matcher(text).find()) {
      // "20/9": which figure is the day depends on the order; varying one could make month 20.
      return null;
    }
    if (iso.matches("(?:--|\\d{4}-)\\d\\d-\\d\\d")) {
      List<ValueText.Run> runs = numberRun(text, Integer.parseInt(iso.substring(iso.length() - 2)));
      return runs == null ? null : new Shape(Mode.DAY, text, runs, lang, false, text, null);
    }
    if (iso.matches("(?:--|\\d{4}-)\\d\\d")) {
      int month = Integer.parseInt(iso.substring(iso.length() - 2));
      Months.Match mm = Months.find(text, month);
      if (mm != null) {
        return new Shape(Mode.MONTH, text, List.of(), lang, false, text, mm);
      }
      List<ValueText.Run> runs = numberRun(text, month);
      return runs == null ? null : new Shape(Mode.MONTH, text, runs, lang, false, text, null);
    }
    return null;
  }

  /** The runs that write the given years, in order (other numbers, like a day, are left alone). */
  private static List<ValueText.Run> yearRuns(String text, List<BigDecimal> years) {
    List<ValueText.Run> runs = new ArrayList<>();
    Matcher m = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)").matcher(text);
    int i = 0;
    while (m.find() && i < years.size()) {
      if (new BigDecimal(m.group()).compareTo(years.get(i)) == 0) {
        runs.add(new ValueText.Run(m.start(), m.end(), (char) 0, '.', 0, years.get(i),
            BigDecimal.ONE));
        i++;
      }
    }
    return i == years.size() ? runs : null;
  }

  private static List<ValueText.Run> numberRun(String text, int n) {
    Matcher m = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)").matcher(text);
    ValueText.Run found = null;
    while (m.find()) {
      if (Integer.parseInt(m.group()) == n) {
        if (found != null) {
          return null;
        }
        found = new ValueText.Run(m.start(), m.end(), (char) 0, '.', 0, BigDecimal.valueOf(n),
            BigDecimal.ONE);
      }
    }
    return found == null ? null : List.of(found);
  }
}
