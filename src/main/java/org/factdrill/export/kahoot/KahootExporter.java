package org.factdrill.export.kahoot;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Expected;
import org.factdrill.export.Exporter;
import org.factdrill.export.FormatVisitor;
import org.factdrill.export.Items;
import org.factdrill.export.Messages;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;

/**
 * Kahoot's spreadsheet template (.xlsx): instructions above, the header on row 8 (columns B..H),
 * one quiz question per row. Kahoot allows 120 characters per question and 75 per answer, two to
 * four answers, and time limits of 5, 10, 20, 30, 60, 90, 120 or 240 seconds. Long cloze stems
 * are cut to the words around the blank; other questions that do not fit are skipped. A numeric
 * cloze gets three numeric distractors; a timeline becomes "Which happened first?". Column I
 * holds the source for the teacher (Kahoot reads only B..H).
 */
public final class KahootExporter implements Exporter {
  public static final int MAX_QUESTION = 120;
  public static final int MAX_ANSWER = 75;
  static final int[] TIME_LIMITS = {5, 10, 20, 30, 60, 90, 120, 240};
  static final String[] HEADER = {"Question - max 120 characters", "Answer 1 - max 75 characters",
      "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
      "Answer 4 - max 75 characters",
      "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
      "Correct answer(s) - choose at least one",
      "Source (factdrill note for the teacher; not imported)"};

  /** One spreadsheet row: question, 2-4 answers, time limit, 1-based correct answer, source. */
  record Row(String question, List<String> answers, int time, int correct, String source) {}

  @Override
  public String name() {
    return "kahoot";
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Exporter.Rendered<Row> done = Exporter.each(questions, q -> row(q, options));
    rows.addAll(done.items());
    skipped.addAll(done.skipped());
    Workbook wb = new Workbook(out, "factdrill", "1.0");
    Worksheet ws = wb.newWorksheet("Sheet1");
    ws.value(0, 1, Items.oneLine(options.fullTitle()));
    ws.style(0, 1).bold().set();
    ws.value(1, 1, "Kahoot quiz template, written by factdrill.");
    ws.value(2, 1, "Questions have at most 120 characters and answers at most 75; "
        + "the correct answer is the answer number (1-4).");
    ws.value(3, 1, "Import: Kahoot > Create > Add question > Import spreadsheet, "
        + "then upload this .xlsx file.");
    ws.value(4, 1, "Column I shows where each question comes from; Kahoot does not import it.");
    for (int c = 0; c < HEADER.length; c++) {
      ws.value(7, c + 1, HEADER[c]);
      ws.style(7, c + 1).bold().set();
    }
    ws.width(1, 60);
    for (int c = 2; c <= 5; c++) {
      ws.width(c, 24);
    }
    ws.width(6, 14);
    ws.width(7, 14);
    ws.width(8, 60);
    int r = 8;
    for (Row row : rows) {
      ws.value(r, 0, r - 7);
      ws.value(r, 1, row.question());
      for (int a = 0; a < row.answers().size(); a++) {
        ws.value(r, 2 + a, row.answers().get(a));
      }
      ws.value(r, 6, row.time());
      ws.value(r, 7, row.correct());
      ws.value(r, 8, row.source());
      r++;
    }
    wb.finish();
    // A Kahoot quiz question has its four answers: accepted alternatives are not carried.
    return new ExportResult(rows.size(), skipped, ExportResult.withAlternatives(questions)
        - (int) skipped.stream().filter(s -> questions.stream().anyMatch(q -> q.id().equals(
            s.questionId()) && !q.answer().also().isEmpty())).count());
  }

  static Row row(Question q) throws Unsupported {
    return row(q, new ExportOptions(null, null, 0));
  }

  /** One Kahoot row, its source column naming the text by its title. */
  static Row row(Question q, ExportOptions options) throws Unsupported {
    Messages m = Items.messages(q);
    String source = Items.sourceNote(q, options).orElse("");
    Body body = q.accept(new FormatVisitor<Body>() {
      @Override
      public Body choice(Question.Choice c) throws Unsupported {
        List<String> answers = new ArrayList<>();
        // A choice stem with a blank is cut like a cloze.
        String stem = fitQuestion(c.prompt(), true);
        int right = c.options().indexOf(c.answer().text());
        if (right < 0) {
          throw new Unsupported("the answer is not among the options");
        }
        // Kahoot takes four answers: keep the right one and the first three others.
        List<Integer> kept = pickFour(c.options().size(), right);
        for (int i : kept) {
          answers.add(fitAnswer(c.options().get(i)));
        }
        int correct = kept.indexOf(right) + 1;
        return new Body(stem, answers, correct);
      }

      @Override
      public Body trueFalse(Question.TrueFalse t) throws Unsupported {
        List<String> answers = new ArrayList<>();
        String stem = fitQuestion(t.prompt(), false);
        answers.add(m.trueWord());
        answers.add(m.falseWord());
        int correct = t.truth() ? 1 : 2;
        return new Body(stem, answers, correct);
      }

      @Override
      public Body timeline(Question.Timeline t) throws Unsupported {
        List<String> answers = new ArrayList<>();
        List<String> events = Items.eventTexts(t);
        List<Integer> order = Items.chronology(t);
        if (order.size() != events.size()) {
          throw new Unsupported("timeline has no usable order (answer or event dates)");
        }
        String stem = m.whichFirst();
        int first = order.get(0);
        List<Integer> picked = pickFour(events.size(), first);
        for (int i : picked) {
          answers.add(fitAnswer(events.get(i)));
        }
        int correct = picked.indexOf(first) + 1;
        return new Body(stem, answers, correct);
      }

      @Override
      protected Body typed(Question c) throws Unsupported {
        List<String> answers = new ArrayList<>();
        String stem = fitQuestion(q.prompt(), true);
        Expected e = Items.expected(c);
        if (!(e instanceof Expected.Numeric n)) {
          throw new Unsupported("Kahoot needs answer choices and this cloze answer (\""
              + e.shown() + "\") is not a number to make distractors from");
        }
        List<BigDecimal> values = distractors(c, n);
        Random random = new Random(c.id().hashCode());
        int at = random.nextInt(4);
        values.add(at, n.value());
        for (BigDecimal v : values) {
          answers.add(fitAnswer(format(c, n, v)));
        }
        int correct = at + 1;
        return new Body(stem, answers, correct);
      }
    });
    String stem = body.stem();
    List<String> answers = body.answers();
    int correct = body.correct();
    if (new LinkedHashSet<>(answers).size() != answers.size()) {
      throw new Unsupported("two answers read the same after shortening");
    }
    int chars = stem.length() + answers.stream().mapToInt(String::length).sum();
    int time = chars <= 60 ? 20 : chars <= 160 ? 30 : 60;
    if (!isAllowedTime(time)) {
      throw new IllegalStateException("time limit " + time);
    }
    return new Row(stem, answers, time, correct, Items.oneLine(source));
  }

  /** A question's stem, its answers and the 1-based right one. */
  private record Body(String stem, List<String> answers, int correct) {}

  /** Indices of at most four items: {@code must} and the first others, in their order. */
  static List<Integer> pickFour(int n, int must) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == must || out.size() - (out.contains(must) ? 1 : 0) < 3) {
        out.add(i);
      }
    }
    return out;
  }

  static boolean isAllowedTime(int t) {
    for (int a : TIME_LIMITS) {
      if (a == t) {
        return true;
      }
    }
    return false;
  }

  private static String fitAnswer(String s) throws Unsupported {
    String a = Items.oneLine(s);
    if (a.isEmpty()) {
      throw new Unsupported("has an empty answer");
    }
    if (a.length() > MAX_ANSWER) {
      throw new Unsupported("answer \"" + a.substring(0, 30) + "\u2026\" has " + a.length()
          + " characters (Kahoot allows " + MAX_ANSWER + ")");
    }
    return a;
  }

  /**
   * The stem within 120 characters. A sentence with a blank (cloze, or a choice stem written as
   * one) is cut to its clause around the blank, or failing that to the words around it, with "…"
   * where text was cut; other stems are not cut (a shortened statement or question could change
   * its meaning) and are skipped.
   */
  static String fitQuestion(String prompt, boolean cloze) throws Unsupported {
    String s = Items.oneLine(prompt);
    if (s.length() <= MAX_QUESTION) {
      return s;
    }
    var parts = cloze ? Items.splitAtBlank(s) : java.util.Optional.<String[]>empty();
    if (parts.isEmpty()) {
      throw new Unsupported("question has " + s.length() + " characters (Kahoot allows "
          + MAX_QUESTION + ") and no blank to shorten around");
    }
    String blank = "_____";
    String before = parts.get()[0];
    String after = parts.get()[1];
    // First try the clause that holds the blank.
    int from = Math.max(Math.max(before.lastIndexOf(", "), before.lastIndexOf("; ")),
        before.lastIndexOf(": "));
    int toComma = firstOf(after, ", ", "; ", ": ");
    String left = from >= 0 ? before.substring(from + 2) : before;
    String right = toComma >= 0 ? after.substring(0, toComma) : after;
    String clause = (from >= 0 ? "\u2026" : "") + left + blank + right
        + (toComma >= 0 ? "\u2026" : "");
    if (clause.length() <= MAX_QUESTION && clause.length() >= 30) {
      return clause;
    }
    // Else the words nearest the blank, alternating sides.
    String[] lw = before.isBlank() ? new String[0] : before.strip().split(" ");
    String[] rw = after.isBlank() ? new String[0] : after.strip().split(" ");
    boolean glueLeft = !before.endsWith(" ");
    boolean glueRight = !after.startsWith(" ");
    int l = lw.length;
    int r = 0;
    String best = null;
    boolean turnLeft = true;
    while (true) {
      boolean moved = false;
      if (turnLeft && l > 0) {
        l--;
        moved = true;
      } else if (!turnLeft && r < rw.length) {
        r++;
        moved = true;
      } else if (l > 0) {
        l--;
        moved = true;
      } else if (r < rw.length) {
        r++;
        moved = true;
      }
      turnLeft = !turnLeft;
      if (!moved) {
        break;
      }
      String cand = window(lw, l, rw, r, blank, glueLeft, glueRight);
      if (cand.length() > MAX_QUESTION) {
        break;
      }
      best = cand;
    }
    if (best == null) {
      throw new Unsupported("question has " + s.length() + " characters and cannot be cut to "
          + MAX_QUESTION + " around its blank");
    }
    return best;
  }

  private static String window(String[] lw, int l, String[] rw, int r, String blank,
      boolean glueLeft, boolean glueRight) {
    String left = String.join(" ", java.util.Arrays.copyOfRange(lw, l, lw.length));
    String right = String.join(" ", java.util.Arrays.copyOfRange(rw, 0, r));
    return (l > 0 ? "\u2026" : "") + left + (left.isEmpty() || glueLeft ? "" : " ") + blank
        + (right.isEmpty() || glueRight ? "" : " ") + right + (r < rw.length ? "\u2026" : "");
  }

  private static int firstOf(String s, String... seps) {
    int best = -1;
    for (String sep : seps) {
      int i = s.indexOf(sep);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** Three wrong numbers near the right one: nearby years, or scaled amounts. */
  static List<BigDecimal> distractors(Question q, Expected.Numeric n) {
    BigDecimal v = n.value();
    List<BigDecimal> candidates = new ArrayList<>();
    if (n.year()) {
      for (int d : new int[] {-3, 2, -1, 5, 1, -5, 10, -10}) {
        candidates.add(v.add(BigDecimal.valueOf(d)));
      }
    } else if (v.scale() <= 0 && v.abs().compareTo(BigDecimal.valueOf(100)) < 0) {
      for (int d : new int[] {1, -1, 2, -2, 3, 4, 5}) {
        candidates.add(v.add(BigDecimal.valueOf(d)));
      }
    } else {
      for (String f : new String[] {"0.5", "2", "1.5", "0.75", "3", "0.25"}) {
        candidates.add(v.multiply(new BigDecimal(f)).setScale(Math.max(0, v.scale()),
            RoundingMode.HALF_UP));
      }
    }
    boolean percent = q.facts().stream().anyMatch(f -> "percent".equals(f.kind()));
    Set<BigDecimal> out = new LinkedHashSet<>();
    for (BigDecimal c : candidates) {
      BigDecimal cc = c.stripTrailingZeros();
      boolean sameSign = v.signum() < 0 || cc.signum() >= 0;
      boolean inRange = !percent || cc.compareTo(BigDecimal.valueOf(100)) <= 0;
      boolean tooClose = n.tolerance().signum() > 0
          && cc.subtract(v).abs().compareTo(n.tolerance()) <= 0;
      if (cc.compareTo(v) != 0 && sameSign && inRange && !tooClose && out.size() < 3) {
        out.add(cc);
      }
    }
    return new ArrayList<>(out);
  }

  /** A number as the question's language writes it, with % or the currency code. */
  static String format(Question q, Expected.Numeric n, BigDecimal v) {
    if (n.year()) {
      return Items.plain(v);
    }
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(
        "vi".equals(q.lang()) ? Locale.forLanguageTag("vi") : Locale.US);
    DecimalFormat f = new DecimalFormat("#,##0.##########", sym);
    String s = f.format(v);
    for (Question.FactRef ref : q.facts()) {
      if ("percent".equals(ref.kind())) {
        return s + "%";
      }
      if ("money".equals(ref.kind()) && ref.value() != null
          && ref.value().currencyCode().isPresent()) {
        String cur = ref.value().currencyCode().get();
        return "$".equals(cur) ? "$" + s : "unknown".equals(cur) ? s : s + " " + cur;
      }
    }
    return s;
  }
}
