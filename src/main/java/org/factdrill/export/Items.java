package org.factdrill.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Chronology;
import org.factdrill.bank.Question;
import org.factdrill.extract.Values;

/** What every exporter needs to know about a question beyond its raw fields. */
public final class Items {
  private Items() {}

  /** The blank the generator puts where the answer was: three or more underscores. */
  public static final Pattern BLANK = Pattern.compile("_{3,}");
  private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");

  /** The prompt split around its first blank, or empty when it has none (an edited prompt). */
  public static Optional<String[]> splitAtBlank(String prompt) {
    Matcher m = BLANK.matcher(prompt);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new String[] {prompt.substring(0, m.start()), prompt.substring(m.end())});
  }

  /** Messages in the question's language. */
  public static Messages messages(Question q) {
    return Messages.of(q.lang());
  }

  public static boolean rightToLeft(Question q) {
    return "he".equals(q.lang());
  }

  /** True when the text the question was built from hedges ("about", "khoảng", "כ־"). */
  public static boolean approx(Question q) {
    return q.facts().stream().anyMatch(Question.FactRef::isApprox);
  }

  /** What a typed answer must be: a cloze's answer, or a number of years. */
  public static Expected expected(Question q) {
    return q.accept(new Question.Visitor<Expected, RuntimeException>() {
      @Override
      public Expected cloze(Question.Cloze c) {
        return fromValue(c);
      }

      @Override
      public Expected choice(Question.Choice c) {
        return fromValue(c);
      }

      @Override
      public Expected trueFalse(Question.TrueFalse t) {
        return fromValue(t);
      }

      @Override
      public Expected timeline(Question.Timeline t) {
        return fromValue(t);
      }

      @Override
      public Expected whichFirst(Question.WhichFirst w) {
        return fromValue(w);
      }

      @Override
      public Expected yearsBetween(Question.YearsBetween y) {
        return years(y);
      }

      @Override
      public Expected duration(Question.Duration d) {
        return years(d);
      }
    });
  }

  /**
   * A "which happened first?" as the choice it is: its two events as options, the earlier one
   * right (for formats without a type of their own for it).
   */
  public static Question.Choice asChoice(Question.WhichFirst q) {
    List<String> texts = eventTexts(q);
    String right = texts.isEmpty() ? "" : texts.get(Math.min(q.first(), texts.size() - 1));
    return new Question.Choice(q.header(), new Question.Answer(q.answer().value(), right), texts);
  }

  private static Expected fromValue(Question q) {
    AnswerValue v = q.answer().value();
    String shown = q.answer().text().strip();
    boolean approx = approx(q);
    List<BigDecimal> numbers = v.numbers();
    Optional<String> textual = v.textual();
    // The bank's accepted alternatives (answer.also): numbers stay numeric answers; a word among
    // them makes the question a short answer, since numeric grading cannot hold words.
    List<BigDecimal> alsoNumbers = new ArrayList<>();
    boolean alsoWords = false;
    for (String a : q.answer().also()) {
      Optional<BigDecimal> n = plainNumber(a);
      if (n.isPresent()) {
        alsoNumbers.add(n.get());
      } else if (!a.isBlank()) {
        alsoWords = true;
      }
    }
    if (!alsoWords) {
      BigDecimal n = numbers.size() == 1 ? numbers.get(0)
          : textual.isPresent() && YEAR.matcher(textual.get()).matches()
              ? new BigDecimal(textual.get()) : null;
      if (n != null) {
        boolean year = numbers.size() != 1;
        BigDecimal tol = tolerance(n, approx, year);
        List<BigDecimal> others = alsoNumbers.stream()
            .filter(a -> a.compareTo(n.subtract(tol)) < 0 || a.compareTo(n.add(tol)) > 0)
            .distinct().toList();
        return new Expected.Numeric(Values.canonical(n), tol, year, shown, others);
      }
    }
    Set<String> accepted = new LinkedHashSet<>();
    accepted.add(shown);
    if (textual.isPresent() && !textual.get().isBlank()) {
      accepted.add(textual.get());
    } else if (numbers.size() == 1) {
      accepted.add(plain(numbers.get(0)));
    }
    q.answer().also().stream().map(String::strip).filter(a -> !a.isEmpty())
        .forEach(accepted::add);
    return new Expected.Text(new ArrayList<>(accepted), shown);
  }

  /** {@code s} as a number when it is only digits (with "," or spaces grouping thousands). */
  static Optional<BigDecimal> plainNumber(String s) {
    String t = s.strip().replaceAll("(?<=\\d)[,\\u00a0\\u202f ](?=\\d{3}(\\D|$))", "");
    return t.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(t)) : Optional.empty();
  }

  /**
   * What a typed number of years must be (years between two events, a period's length): the
   * answer within {@link Chronology#tolerance}, one year or 10 %, whichever is larger.
   */
  public static Expected years(Question q) {
    List<BigDecimal> numbers = q.answer().value().numbers();
    BigDecimal n = numbers.isEmpty() ? BigDecimal.ZERO : numbers.get(0);
    return new Expected.Numeric(Values.canonical(n), Values.canonical(Chronology.tolerance(n)),
        false, q.answer().text().strip());
  }

  private static Expected numeric(BigDecimal value, boolean approx, boolean year, String shown) {
    return new Expected.Numeric(Values.canonical(value), tolerance(value, approx, year), year,
        shown);
  }

  /**
   * 0 for exact facts; for approximate ones 5% of the number's order of magnitude (23,000 gives
   * 500, 100 million gives 5 million; at least 1 for whole numbers), and 5 years for a year.
   */
  public static BigDecimal tolerance(BigDecimal value, boolean approx, boolean year) {
    if (!approx || value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (year) {
      return BigDecimal.valueOf(5);
    }
    BigDecimal v = Values.canonical(value.abs());
    int exponent = v.precision() - v.scale() - 1;
    BigDecimal tol = Values.canonical(BigDecimal.ONE.scaleByPowerOfTen(exponent)
        .multiply(new BigDecimal("0.05")));
    if (v.scale() == 0 && tol.compareTo(BigDecimal.ONE) < 0) {
      return BigDecimal.ONE; // "about 45%", "about 5 divisions": whole numbers, so at least 1
    }
    return tol;
  }

  public static String plain(BigDecimal v) {
    return Values.canonical(v).toPlainString();
  }

  /**
   * The indices of a timeline's events from earliest to latest: the bank's answer when it is a
   * permutation, else the events sorted by date; empty when neither is usable.
   */
  public static List<Integer> chronology(Question q) {
    List<Question.Event> events = q.events();
    int n = events.size();
    List<Integer> given = q.answer() == null ? List.of() : q.answer().value().order();
    if (new AnswerValue.Order(given).isPermutationOf(n)) {
      return given;
    }
    if (events.stream().anyMatch(e -> e.date() == null || e.date().isBlank())) {
      return List.of();
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> events.get(i).date()));
    return order;
  }

  /** The 1-based place in time of each event, in event order. */
  public static int[] places(Question q) {
    List<Integer> order = chronology(q);
    int[] place = new int[order.size()];
    for (int k = 0; k < order.size(); k++) {
      place[order.get(k)] = k + 1;
    }
    return place;
  }

  /** "Source: FILE: “sentence”" for every distinct fact; empty for hand-written questions. */
  public static Optional<String> sourceNote(Question q) {
    return sourceNote(q, new ExportOptions(null, null, 0));
  }

  /** "Source: TITLE: “sentence”" for every distinct fact, naming each text by its title. */
  public static Optional<String> sourceNote(Question q, ExportOptions options) {
    Set<String> parts = new LinkedHashSet<>();
    for (Question.FactRef f : q.facts()) {
      if (f.source() == null) {
        continue;
      }
      String name = options.sourceTitle(f.source());
      parts.add(f.sentence() == null || f.sentence().isBlank() ? name
          : name + ": \u201c" + oneLine(f.sentence()) + "\u201d");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(messages(q).source() + ": " + String.join("; ", parts));
  }

  /** The source file of the question's first fact, or "" for hand-written questions. */
  public static String sourceFile(Question q) {
    return q.facts().stream().map(Question.FactRef::source).filter(s -> s != null)
        .findFirst().orElse("");
  }

  /** Line breaks and tabs folded to single spaces, for one-line formats. */
  public static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
  }

  /** Drops characters XML 1.0 cannot carry (most C0 controls, U+FFFE/FFFF, lone surrogates). */
  public static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r'
          || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes text for HTML element content and double-quoted attribute values. */
  public static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return xmlSafe(b.toString());
  }

  /** HTML-escaped with line breaks kept as {@code <br>}. */
  public static String htmlLines(String s) {
    return html(s.strip()).replaceAll("\\r\\n|\\r|\\n", "<br>");
  }

  /** HTML-escaped with line breaks as {@code <br>}, outer spaces kept (text around a blank). */
  public static String htmlPart(String s) {
    return html(s).replaceAll("\\r\\n|\\r|\\n", "<br>");
  }

  /** A paragraph in the question's writing direction. */
  public static String htmlParagraph(Question q, String text) {
    return (rightToLeft(q) ? "<p dir=\"rtl\" lang=\"he\">" : "<p>") + htmlLines(text) + "</p>";
  }

  /** The statement of a true/false question, with the instruction in its language. */
  public static String trueFalseStem(Question q) {
    return messages(q).trueOrFalse() + " " + q.prompt().strip();
  }

  /** The question's events in bank order ("" when it has none). */
  public static List<String> eventTexts(Question q) {
    List<String> out = new ArrayList<>();
    for (Question.Event e : q.events()) {
      out.add(e.text() == null ? "" : e.text().strip());
    }
    return out;
  }

  /** A short readable name: the question's first words, for Moodle and QTI titles. */
  public static String shortName(Question q) {
    String s = oneLine(q.prompt());
    int max = 60;
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int cut = s.offsetByCodePoints(0, max);
    int space = s.lastIndexOf(' ', cut);
    return (space > 20 ? s.substring(0, space) : s.substring(0, cut)) + "\u2026";
  }

  /**
   * The question with its context line (what it is about) above the prompt, for formats that
   * have one text per question; unchanged when it has none.
   */
  public static Question withContext(Question q) {
    if (q.context() == null || q.context().isBlank()) {
      return q;
    }
    return q.withHeader(q.header().withPrompt(q.context().strip() + "\n" + q.prompt()));
  }
}
