package org.factdrill.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** What a typed answer to a cloze question must be. */
  public static Expected expected(Question q) {
    JsonNode v = q.answer().value();
    String shown = q.answer().text().strip();
    boolean approx = approx(q);
    if (v != null && v.isNumber()) {
      return numeric(v.decimalValue(), approx, false, shown);
    }
    if (v != null && v.isObject() && v.path("amount").isNumber()) {
      return numeric(v.get("amount").decimalValue(), approx, false, shown);
    }
    if (v != null && v.isTextual() && YEAR.matcher(v.asText()).matches()) {
      return numeric(new BigDecimal(v.asText()), approx, true, shown);
    }
    Set<String> accepted = new LinkedHashSet<>();
    accepted.add(shown);
    if (v != null && v.isTextual() && !v.asText().isBlank()) {
      accepted.add(v.asText());
    }
    return new Expected.Text(new ArrayList<>(accepted), shown);
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
    List<Question.Event> events = q.events() == null ? List.of() : q.events();
    int n = events.size();
    JsonNode v = q.answer() == null ? null : q.answer().value();
    if (v != null && v.isArray() && v.size() == n) {
      List<Integer> order = new ArrayList<>();
      boolean[] seen = new boolean[n];
      for (JsonNode i : v) {
        if (!i.canConvertToInt() || i.asInt() < 0 || i.asInt() >= n || seen[i.asInt()]) {
          order = null;
          break;
        }
        seen[i.asInt()] = true;
        order.add(i.asInt());
      }
      if (order != null) {
        return order;
      }
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
    Set<String> parts = new LinkedHashSet<>();
    for (Question.FactRef f : q.facts()) {
      if (f.source() == null) {
        continue;
      }
      parts.add(f.sentence() == null || f.sentence().isBlank() ? f.source()
          : f.source() + ": \u201c" + oneLine(f.sentence()) + "\u201d");
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
    if (q.events() != null) {
      for (Question.Event e : q.events()) {
        out.add(e.text() == null ? "" : e.text().strip());
      }
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
    return new Question(q.id(), q.card(), q.type(), q.lang(), q.context().strip() + "\n"
        + q.prompt(), q.answer(), q.options(), q.truth(), q.events(), q.facts(), q.disabled(),
        q.edited(), q.context(), q.sibling());
  }
}
