package org.factdrill.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Chronology;
import org.factdrill.bank.Question;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Decides whether a typed answer (or chosen option) answers a question: numbers typed in any
 * form of the three languages, dates in any usual order, the year alone for a year. A number
 * within a few percent, or the right year of a full date, is close (graded Hard); approximate
 * facts accept a wider margin. Choice questions take 1-4 or the option's text; true/false takes
 * t/f, đúng/sai, נכון/לא נכון; timelines take the order as "2 1 3" or "213"; "which happened
 * first" takes 1 or 2; a number of years is right within one year or 10 %, whichever is larger.
 */
public final class AnswerChecker {
  /** A number this close (relative) to an exact fact is "close". */
  private static final BigDecimal CLOSE = new BigDecimal("0.03");
  /** An approximate fact ("about 23,000") accepts this margin as correct... */
  private static final BigDecimal APPROX_OK = new BigDecimal("0.05");
  /** ...and this one as close. */
  private static final BigDecimal APPROX_CLOSE = new BigDecimal("0.15");

  public Verdict check(Question q, String typed) {
    String t = typed == null ? "" : typed.strip();
    if (t.isEmpty()) {
      return Verdict.wrong("no answer");
    }
    return q.accept(new Question.Visitor<Verdict, RuntimeException>() {
      @Override
      public Verdict cloze(Question.Cloze c) {
        return typed(c, t);
      }

      @Override
      public Verdict choice(Question.Choice c) {
        return AnswerChecker.this.choice(c, t);
      }

      @Override
      public Verdict trueFalse(Question.TrueFalse tf) {
        Boolean said = parseBool(t);
        if (said == null) {
          return Verdict.wrong("answer t (true) or f (false)");
        }
        return said == tf.truth() ? Verdict.correct("right") : Verdict.wrong("wrong");
      }

      @Override
      public Verdict timeline(Question.Timeline tl) {
        return order(tl, t);
      }

      @Override
      public Verdict whichFirst(Question.WhichFirst w) {
        return AnswerChecker.this.whichFirst(w, t);
      }

      @Override
      public Verdict yearsBetween(Question.YearsBetween y) {
        return years(y, t);
      }

      @Override
      public Verdict duration(Question.Duration d) {
        return years(d, t);
      }
    });
  }

  /**
   * A number of years (years between two events, a period's length): right within
   * {@link Chronology#tolerance} (one year or 10 %, whichever is larger), close within twice that.
   */
  private static Verdict years(Question q, String t) {
    List<BigDecimal> want = q.answer().value().numbers();
    Optional<NumberParser.Parsed> got = NumberParser.parse(
        TypedWords.YEAR_UNIT.matcher(t).replaceAll(""));
    if (want.isEmpty()) {
      return Verdict.wrong("different");
    }
    if (got.isEmpty()) {
      return Verdict.wrong("not a number");
    }
    BigDecimal off = got.get().value().subtract(want.get(0)).abs();
    BigDecimal tol = Chronology.tolerance(want.get(0));
    if (off.signum() == 0) {
      return Verdict.correct("same number");
    }
    if (off.compareTo(tol) <= 0) {
      return Verdict.correct("within " + tol.stripTrailingZeros().toPlainString()
          + " years of " + q.answer().text());
    }
    if (off.compareTo(tol.add(tol)) <= 0) {
      return Verdict.close("near " + q.answer().text() + " years");
    }
    return Verdict.wrong("different number");
  }

  /** "1" or "2", or the event's text. */
  private Verdict whichFirst(Question.WhichFirst q, String t) {
    int pick = parseIndex(t, q.events().size());
    if (pick < 0) {
      for (int i = 0; i < q.events().size(); i++) {
        if (same(q.events().get(i).text(), t)) {
          pick = i;
        }
      }
    }
    if (pick < 0) {
      return Verdict.wrong("answer 1 or 2");
    }
    return pick == q.first() ? Verdict.correct("right event") : Verdict.wrong("other event");
  }

  private Verdict choice(Question q, String t) {
    List<String> options = q.options() == null ? List.of() : q.options();
    int pick = parseIndex(t, options.size());
    if (pick >= 0) {
      return same(options.get(pick), q.answer().text()) ? Verdict.correct("right option")
          : Verdict.wrong("other option");
    }
    for (String o : options) {
      if (same(o, t)) {
        return same(o, q.answer().text()) ? Verdict.correct("right option")
            : Verdict.wrong("other option");
      }
    }
    // Typed instead of picked: judged like a cloze answer, but only an exact value counts.
    Verdict v = typed(q, t);
    return v.correct() ? v : Verdict.wrong(v.explanation());
  }

  /** A typed answer to a cloze (or a choice answered in words). */
  private Verdict typed(Question q, String t) {
    if (same(t, q.answer().text())) {
      return Verdict.correct("exact");
    }
    for (String also : q.answer().also()) {
      if (same(t, also)) {
        return Verdict.correct("accepted alternative");
      }
    }
    Question.FactRef f = q.facts().isEmpty() ? null : q.facts().get(0);
    AnswerValue value = q.answer().value();
    boolean approx = f != null && f.isApprox();
    boolean percent = value instanceof AnswerValue.Percent
        || f != null && "percent".equals(f.kind());
    // Hand-written questions may lack facts: an ISO-like textual value is still a date (the bank
    // reader decides), so a year is never "close" by the percentage rule meant for counts.
    if (value.date().isPresent()) {
      return DateAnswers.check(value.date().get().iso(), t, pack(q));
    }
    List<BigDecimal> want = new ArrayList<>(value.numbers());
    if (want.isEmpty()) {
      NumberParser.parse(q.answer().text()).ifPresent(p -> want.add(p.value()));
    }
    if (want.isEmpty()) {
      return Verdict.wrong("different");
    }
    if (want.size() == 2) {
      return range(want, t, approx);
    }
    Optional<NumberParser.Parsed> got = fraction(t, pack(q));
    boolean fromFraction = got.isPresent();
    if (got.isEmpty()) {
      got = NumberParser.parse(t);
    }
    if (got.isEmpty()) {
      return Verdict.wrong("not a number");
    }
    // One quantity, two notations: "20 %" for "a fifth", "1/5" or "one fifth" for "20%".
    BigDecimal g = got.get().value();
    boolean typedPercent = t.contains("%") || pack(q).words("percent").stream()
        .anyMatch(w -> t.toLowerCase(Locale.ROOT).contains(w));
    if (percent && fromFraction) {
      g = g.movePointRight(2);
    } else if (!percent && typedPercent && want.get(0).abs().compareTo(BigDecimal.ONE) < 0) {
      g = g.movePointLeft(2);
    }
    return number(want.get(0), new NumberParser.Parsed(g, got.get().scaled()), approx,
        q.answer().text());
  }

  /** The one number the extractor reads in {@code text} (in the pack's language), if any. */
  private static Optional<BigDecimal> spoken(String text, LanguagePack pack) {
    Language lang = Language.fromCode(pack.code()).orElse(Language.DEFAULT);
    List<String> tries = new ArrayList<>(List.of(text));
    // A fraction is read as the partitive it heads ("a fifth of ..."): give it one to head.
    for (String of : pack.words("small-number-partitives")) {
      tries.add(text + " " + of + " …");
    }
    for (String s : tries) {
      List<org.factdrill.extract.Fact> facts = new org.factdrill.extract.FactExtractor()
          .extract(new org.factdrill.text.Document("answer", s, lang));
      if (facts.size() == 1 && facts.get(0).start() == 0 && facts.get(0).end() == text.length()
          && facts.get(0).value() instanceof org.factdrill.extract.Value.Num n) {
        return Optional.of(n.value().stripTrailingZeros());
      }
    }
    return Optional.empty();
  }

  /** The question's language pack (the default pack when the question names none). */
  private static LanguagePack pack(Question q) {
    return q.lang() == null ? Language.DEFAULT.pack()
        : Language.fromCode(q.lang()).orElse(Language.DEFAULT).pack();
  }

  private static final java.util.regex.Pattern DIGIT_FRACTION =
      java.util.regex.Pattern.compile("^\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*$");

  /**
   * A fraction typed as digits ("1/5") or as a numeral and a fraction word ("one fifth", "two
   * fifths"): the fraction word is read as the pack's numeral grammar reads it after an
   * indefinite article ("a fifth"), then multiplied by the numeral before it.
   */
  static Optional<NumberParser.Parsed> fraction(String t, LanguagePack pack) {
    java.util.regex.Matcher m = DIGIT_FRACTION.matcher(t);
    if (m.matches()) {
      int d = Integer.parseInt(m.group(2));
      return d == 0 ? Optional.empty() : Optional.of(new NumberParser.Parsed(
          new BigDecimal(m.group(1)).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64)
              .stripTrailingZeros(), false));
    }
    String[] w = norm(t).split(" ", 2);
    if (w.length != 2) {
      return Optional.empty();
    }
    // "a quarter", "a fifth": the extractor's numeral grammar reads spoken fractions.
    Optional<BigDecimal> whole = spoken(norm(t), pack);
    if (whole.isPresent() && whole.get().compareTo(BigDecimal.ONE) < 0) {
      return Optional.of(new NumberParser.Parsed(whole.get(), false));
    }
    Optional<NumberParser.Parsed> n = NumberParser.parse(w[0]);
    if (n.isEmpty() || n.get().value().signum() <= 0) {
      return Optional.empty();
    }
    for (String article : pack.words("indefinite-articles")) {
      for (String rest : new String[] {w[1], w[1].replaceAll("s$", "")}) {
        Optional<BigDecimal> f = spoken(article + " " + rest, pack);
        if (f.isPresent() && f.get().compareTo(BigDecimal.ONE) < 0 && f.get().signum() > 0) {
          return Optional.of(new NumberParser.Parsed(
              f.get().multiply(n.get().value()).stripTrailingZeros(), false));
        }
      }
    }
    return Optional.empty();
  }

  private static Verdict number(BigDecimal want, NumberParser.Parsed got, boolean approx,
      String answerText) {
    BigDecimal g = got.value();
    if (g.compareTo(want) == 0) {
      return Verdict.correct("same number");
    }
    BigDecimal off = relative(g, want);
    if (approx && off.compareTo(APPROX_OK) <= 0) {
      return Verdict.correct("within the margin of an approximate figure");
    }
    if (off.compareTo(approx ? APPROX_CLOSE : CLOSE) <= 0) {
      return Verdict.close("within a few percent of " + answerText);
    }
    if (!got.scaled()) {
      // "100" for "$100 million": the right figure without its scale word.
      for (int k : new int[] {3, 6, 9}) {
        if (g.movePointRight(k).compareTo(want) == 0) {
          return Verdict.close("right figure, but the answer is " + answerText);
        }
      }
    }
    return Verdict.wrong("different number");
  }

  private static Verdict range(List<BigDecimal> want, String t, boolean approx) {
    String[] parts = TypedWords.RANGE_SPLIT.split(t);
    if (parts.length == 2) {
      Optional<NumberParser.Parsed> lo = NumberParser.parse(parts[0]);
      Optional<NumberParser.Parsed> hi = NumberParser.parse(parts[1]);
      if (lo.isPresent() && hi.isPresent()) {
        BigDecimal l = lo.get().value();
        BigDecimal h = hi.get().value();
        if (!lo.get().scaled() && hi.get().scaled()) {
          // "20-30 thousand": the scale word covers both ends.
          BigDecimal scale = h.divide(NumberParser.parse(parts[1].replaceAll("[^0-9.,]", ""))
              .map(NumberParser.Parsed::value).orElse(h), MathContext.DECIMAL64);
          l = l.multiply(scale);
        }
        if (l.compareTo(want.get(0)) == 0 && h.compareTo(want.get(1)) == 0) {
          return Verdict.correct("same range");
        }
        BigDecimal limit = approx ? APPROX_CLOSE : CLOSE;
        if (relative(l, want.get(0)).compareTo(limit) <= 0
            && relative(h, want.get(1)).compareTo(limit) <= 0) {
          return Verdict.close("nearly the same range");
        }
        return Verdict.wrong("different range");
      }
    }
    Optional<NumberParser.Parsed> one = NumberParser.parse(t);
    if (one.isPresent() && (one.get().value().compareTo(want.get(0)) == 0
        || one.get().value().compareTo(want.get(1)) == 0)) {
      return Verdict.close("one end of the range");
    }
    return Verdict.wrong("different range");
  }

  private static BigDecimal relative(BigDecimal got, BigDecimal want) {
    if (want.signum() == 0) {
      return got.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
    }
    return got.subtract(want).abs().divide(want.abs(), MathContext.DECIMAL64);
  }

  private Verdict order(Question q, String t) {
    int n = q.events().size();
    List<Integer> want = new ArrayList<>();
    q.answer().value().order().forEach(e -> want.add(e + 1));
    List<Integer> got = new ArrayList<>();
    String digits = t.replaceAll("[\\s,;>\\-–]+", " ").strip();
    if (digits.matches("\\d+") && n < 10) {
      digits.chars().forEach(c -> got.add(c - '0'));
    } else if (digits.matches("\\d+( \\d+)*")) {
      for (String p : digits.split(" ")) {
        got.add(Integer.parseInt(p));
      }
    } else {
      return Verdict.wrong("type the event numbers in order, e.g. 2 1 3");
    }
    if (got.equals(want)) {
      return Verdict.correct("right order");
    }
    if (got.size() == want.size()) {
      for (int i = 0; i + 1 < got.size(); i++) {
        List<Integer> swapped = new ArrayList<>(got);
        swapped.set(i, got.get(i + 1));
        swapped.set(i + 1, got.get(i));
        if (swapped.equals(want)) {
          return Verdict.close("two neighbouring events swapped");
        }
      }
    }
    return Verdict.wrong("different order");
  }

  static int parseIndex(String t, int n) {
    if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) < '1' + n) {
      return t.charAt(0) - '1';
    }
    return -1;
  }

  static Boolean parseBool(String t) {
    String s = norm(t);
    // "1"/"2" pick the first/second option, in any language; "0" is false.
    switch (s) {
      case "1":
        return true;
      case "0":
      case "2":
        return false;
      default:
        return TypedWords.TRUTH.get(s);
    }
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }
}
