package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * How a fact's text writes its value, so that other values are written the same way: digits
 * with the source's separators and scale, a number in words of the same form, the years of a
 * date, its day, or its month name.
 */
final class OptionShape {
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<!\\d)\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?!\\d)");
  /** Loaded once, read only. */
  private static final NumberWords WORDS = new NumberWords();

  /** Which part of the value the options vary. */
  enum Mode { NUMBER, WORDS, YEAR, DAY, MONTH }

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

  OptionShape(Mode mode, String text, List<ValueText.Run> runs, Language lang, boolean percent,
      String answerText, Months.Match month) {
    this(mode, text, runs, lang, percent, answerText, month, null, null);
  }

  OptionShape(Mode mode, String text, List<ValueText.Run> runs, Language lang, boolean percent,
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

  /** Value {@code v} written in the source's style, or null when it cannot be. */
  String render(Value v) {
    if (mode == Mode.WORDS) {
      return v instanceof Value.Num n ? words.render(lang, text, wordValue, n.value(), noun) : null;
    }
    if (mode == Mode.NUMBER) {
      return runs.isEmpty() ? ValueText.canonical(v, lang, percent)
          : ValueText.replace(text, runs, QuantityCandidates.numbers(v));
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

  /** The shape of fact {@code f} as {@code text} writes it; null when it cannot be varied. */
  static OptionShape of(Fact f, String text, Language lang) {
    Value v = f.value();
    if (v instanceof Value.Date d) {
      return dateShape(d, text, lang);
    }
    List<ValueText.Run> runs = ValueText.match(text, QuantityCandidates.numbers(v), lang);
    boolean percent = f.kind() == FactKind.PERCENT;
    if (runs.isEmpty()) {
      if (!ValueText.RUN.matcher(text).find() && v instanceof Value.Num n
          && WORDS.knows(lang, text, n.value())) {
        // Written as a word: every option a word of the same form ("חמש" → "שלוש", never "3").
        OptionShape w = new OptionShape(Mode.WORDS, text, runs, lang, percent, text, null, WORDS,
            n.value());
        w.noun = f.unit(); // the counted noun, whose gender decides a word like "שמונה"
        return w;
      }
      // Other numbers in words: no option could be written as the source writes it.
      return null;
    }
    return new OptionShape(Mode.NUMBER, text, runs, lang, percent, text, null);
  }

  private static OptionShape dateShape(Value.Date d, String text, Language lang) {
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
        return new OptionShape(Mode.YEAR, text, runs, lang, false, text, null);
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
      return runs == null ? null : new OptionShape(Mode.DAY, text, runs, lang, false, text, null);
    }
    if (iso.matches("(?:--|\\d{4}-)\\d\\d")) {
      int month = Integer.parseInt(iso.substring(iso.length() - 2));
      Months.Match mm = Months.find(text, month);
      if (mm != null) {
        return new OptionShape(Mode.MONTH, text, List.of(), lang, false, text, mm);
      }
      List<ValueText.Run> runs = numberRun(text, month);
      return runs == null ? null
          : new OptionShape(Mode.MONTH, text, runs, lang, false, text, null);
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
