package org.factdrill.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The normalized value of an answer or a fact, typed. In a bank file it is written in the
 * extractor's JSON conventions (see docs/bank-format.md): which variant a JSON value is depends on
 * the question type and the fact's kind, so {@link BankJson} decodes it, nobody else.
 */
public sealed interface AnswerValue permits AnswerValue.Date, AnswerValue.Number,
    AnswerValue.Range, AnswerValue.Money, AnswerValue.Percent, AnswerValue.Order,
    AnswerValue.Text {

  /** The ISO date when this is a date. */
  default Optional<Date> date() {
    return Optional.empty();
  }

  /**
   * The figures a typed answer is compared with: one for a number, percentage or amount, two for
   * a range (low first), none for dates, orders and text.
   */
  default List<BigDecimal> numbers() {
    return List.of();
  }

  /** Event indices in chronological order (0-based) when this is an order, else empty. */
  default List<Integer> order() {
    return List.of();
  }

  /** The value when it is written as a JSON string (a date's ISO form, a word), else empty. */
  default Optional<String> textual() {
    return date().map(Date::iso);
  }

  /** The currency of an amount of money. */
  default Optional<String> currencyCode() {
    return Optional.empty();
  }

  /** A short form for screens that show raw values (JSON-like: {@code "1993"}, 5, [5, 6]). */
  String compact();

  /** Calls the visitor's method for this variant. */
  <R> R accept(Visitor<R> v);

  /** One method per variant; the compiler checks that every visitor handles each. */
  interface Visitor<R> {
    R date(Date d);

    R number(Number n);

    R range(Range r);

    R money(Money m);

    R percent(Percent p);

    R order(Order o);

    R text(Text t);
  }

  /** How much of a date is known. */
  enum Precision {
    DAY, MONTH, YEAR, DECADE, MONTH_NO_YEAR, DAY_NO_YEAR, PERIOD, UNKNOWN
  }

  /**
   * A date as a reduced-precision ISO-8601 string: "1993", "1993-11", "1991-12-26", "--11",
   * "--09-27", "199" (a decade) or "1992/1994" (a period).
   */
  record Date(String iso) implements AnswerValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.date(this);
    }

    private static final Pattern DAY = Pattern.compile("-?\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("-?\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
    private static final Pattern ISO = Pattern.compile(
        "-?\\d{4}(-\\d{2}(-\\d{2})?)?(/-?\\d{4}(-\\d{2}(-\\d{2})?)?)?|--\\d{2}(-\\d{2})?|\\d{3}");

    public Date {
      if (iso == null) {
        throw new IllegalArgumentException("date without a value");
      }
    }

    /** True when the text has the shape of an ISO date this format uses. */
    public static boolean looksIso(String s) {
      return s != null && ISO.matcher(s).matches();
    }

    public Precision precision() {
      if (iso.contains("/")) {
        return Precision.PERIOD;
      }
      if (DAY.matcher(iso).matches()) {
        return Precision.DAY;
      }
      if (MONTH.matcher(iso).matches()) {
        return Precision.MONTH;
      }
      if (YEAR.matcher(iso).matches()) {
        return Precision.YEAR;
      }
      if (iso.matches("\\d{3}")) {
        return Precision.DECADE;
      }
      if (iso.matches("--\\d{2}")) {
        return Precision.MONTH_NO_YEAR;
      }
      return iso.matches("--\\d{2}-\\d{2}") ? Precision.DAY_NO_YEAR : Precision.UNKNOWN;
    }

    /** The year when the date states one (the first of a period), else empty. */
    public Optional<Integer> year() {
      String first = iso.split("/")[0];
      boolean neg = first.startsWith("-") && !first.startsWith("--");
      String digits = neg ? first.substring(1) : first;
      if (digits.length() < 4 || !digits.substring(0, 4).chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      int y = Integer.parseInt(digits.substring(0, 4));
      return Optional.of(neg ? -y : y);
    }

    @Override
    public Optional<Date> date() {
      return Optional.of(this);
    }

    @Override
    public String compact() {
      return "\"" + iso + "\"";
    }
  }

  /** A count or measure. */
  record Number(BigDecimal value) implements AnswerValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.number(this);
    }

    public Number {
      java.util.Objects.requireNonNull(value, "value");
    }

    public static Number of(long v) {
      return new Number(BigDecimal.valueOf(v));
    }

    @Override
    public List<BigDecimal> numbers() {
      return List.of(value);
    }

    @Override
    public String compact() {
      return value.toPlainString();
    }
  }

  /** A closed numeric range, low first ("five or six years", "40-45 percent"). */
  record Range(BigDecimal lo, BigDecimal hi) implements AnswerValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.range(this);
    }

    public Range {
      java.util.Objects.requireNonNull(lo, "lo");
      java.util.Objects.requireNonNull(hi, "hi");
    }

    @Override
    public List<BigDecimal> numbers() {
      return List.of(lo, hi);
    }

    @Override
    public String compact() {
      return "[" + lo.toPlainString() + ", " + hi.toPlainString() + "]";
    }
  }

  /** An amount (a number or a range) in an ISO 4217 currency, or "$"/"unknown" when unstated. */
  record Money(AnswerValue amount, String currency) implements AnswerValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.money(this);
    }

    public Money {
      if (amount == null || amount.numbers().isEmpty() || amount.currencyCode().isPresent()) {
        throw new IllegalArgumentException("money amount must be a number or a range");
      }
    }

    @Override
    public List<BigDecimal> numbers() {
      return amount.numbers();
    }

    @Override
    public Optional<String> currencyCode() {
      return Optional.ofNullable(currency);
    }

    @Override
    public String compact() {
      return "{" + amount.compact() + " " + currency + "}";
    }
  }

  /** A percentage, 45 for 45 %. */
  record Percent(BigDecimal value) implements AnswerValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.percent(this);
    }

    public Percent {
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public List<BigDecimal> numbers() {
      return List.of(value);
    }

    @Override
    public String compact() {
      return value.toPlainString() + "%";
    }
  }

  /** Event indices (0-based, into the question's events) from earliest to latest. */
  record Order(List<Integer> indices) implements AnswerValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.order(this);
    }

    public Order {
      indices = List.copyOf(indices);
    }

    /** True when the indices are 0..n-1, each once. */
    public boolean isPermutationOf(int n) {
      return indices.size() == n && indices.stream().distinct().count() == n
          && indices.stream().allMatch(i -> i >= 0 && i < n);
    }

    @Override
    public List<Integer> order() {
      return indices;
    }

    @Override
    public String compact() {
      return indices.toString();
    }
  }

  /**
   * Anything else a hand-written bank may hold (a word, a JSON shape this format does not define),
   * kept as its JSON text so the bank is written back unchanged.
   *
   * @param json the value's JSON text
   * @param string the value when it is a JSON string, else null
   */
  record Text(String json, String string) implements AnswerValue {
    /** JSON null: no value. */
    public static final Text NULL = new Text("null", null);

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.text(this);
    }

    @Override
    public Optional<String> textual() {
      return Optional.ofNullable(string);
    }

    @Override
    public String compact() {
      return json;
    }
  }
}
