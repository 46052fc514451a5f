package org.factdrill.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.srs.Rating;
import org.factdrill.store.StoreException;

/**
 * The line-based study protocol of {@code study --plain}, for scripts, screen readers and tests:
 * prompt (and numbered options), one line of answer, the verdict and the right answer, one line of
 * grade (empty = suggested), then "saved, next in 4d" once the answer is committed. "u" as the
 * answer takes back the last answer ("undone") and asks it again. "q" or end of input ends the
 * session; the last line is always "reviewed N".
 */
public final class PlainSession {
  private final StudySession session;
  private final BufferedReader in;
  private final PrintWriter out;
  private final Clock clock;

  public PlainSession(StudySession session, BufferedReader in, PrintWriter out, Clock clock) {
    this.session = session;
    this.in = in;
    this.out = out;
    this.clock = clock;
  }

  /** Runs until the queue is empty, "q" or end of input; returns the number reviewed. */
  public int run() throws IOException, StoreException {
    try {
      loop();
    } finally {
      out.println("reviewed " + session.reviewed());
      out.flush();
    }
    return session.reviewed();
  }

  /** The line that says how to answer, for the types whose answer is not typed freely. */
  private static Optional<String> hint(Question q) {
    return q.accept(new Question.Visitor<Optional<String>, RuntimeException>() {
      @Override
      public Optional<String> cloze(Question.Cloze c) {
        return AnswerHint.of(c).map(h -> "  " + h);
      }

      @Override
      public Optional<String> choice(Question.Choice c) {
        return Optional.empty();
      }

      @Override
      public Optional<String> trueFalse(Question.TrueFalse t) {
        return Optional.of("  t) true   f) false");
      }

      @Override
      public Optional<String> timeline(Question.Timeline t) {
        return Optional.of("  (type the numbers from earliest to latest, e.g. 2 1 3)");
      }

      @Override
      public Optional<String> whichFirst(Question.WhichFirst w) {
        return Optional.of("  (1 or 2)");
      }

      @Override
      public Optional<String> yearsBetween(Question.YearsBetween y) {
        return Optional.of("  (a number of years)");
      }

      @Override
      public Optional<String> duration(Question.Duration d) {
        return Optional.of("  (a number of years)");
      }
    });
  }

  /** Whether the answer is typed text (not an option number, t/f or an order). */
  private static boolean typedFreely(Question q) {
    org.factdrill.bank.QuestionType t = q.type();
    return t == org.factdrill.bank.QuestionType.CLOZE
        || t == org.factdrill.bank.QuestionType.YEARSBETWEEN
        || t == org.factdrill.bank.QuestionType.DURATION;
  }

  private void loop() throws IOException, StoreException {
    while (true) {
      Optional<Question> cur = session.current();
      if (cur.isEmpty()) {
        Optional<java.time.Instant> later = session.nextLearningDue();
        out.println("nothing more due" + later.map(t -> "; a card in learning comes back in "
            + Intervals.compact(java.time.Duration.between(clock.instant(), t))).orElse(""));
        return;
      }
      Question q = cur.get();
      if (q.context() != null) {
        out.println(q.context()); // what the question is about, above it
      }
      out.println("[" + (session.reviewed() + 1) + "/" + (session.reviewed() + session.remaining())
          + "] " + org.factdrill.bank.Instructions.displayPrompt(q, "en"));
      List<String> items = q.items();
      for (int i = 0; i < items.size(); i++) {
        out.println("  " + (i + 1) + ") " + items.get(i));
      }
      hint(q).ifPresent(out::println);
      out.print("answer> ");
      out.flush();
      long shown = clock.millis();
      String answer = in.readLine();
      if (answer == null || answer.strip().equals("q")) {
        // End the prompt line (piped input has no echo), so "reviewed N" is a line of its own.
        out.println();
        return;
      }
      if (answer.strip().equals("u")) {
        // Undo takes back the last committed answer; its question comes next.
        out.println(session.undo() ? "undone" : "nothing to undo");
        continue;
      }
      long ms = clock.millis() - shown;
      Verdict v = session.check(answer);
      out.println(v.label() + ". answer: " + q.answer().text());
      if (!v.correct() && typedFreely(q)) {
        // What differs, marked without colour: [-typed-] {+missing+}.
        out.println("diff: " + AnswerDiff.marked(answer, q.answer().text()));
      }
      Map<org.factdrill.srs.Rating, java.time.Duration> preview = session.previewIntervals();
      StringBuilder keys = new StringBuilder();
      for (Rating r : Rating.values()) {
        keys.append(r.value()).append(' ').append(r.label()).append(' ')
            .append(Intervals.compact(preview.get(r))).append(r == Rating.EASY ? "" : ", ");
      }
      Rating rating = null;
      while (rating == null) {
        out.print("grade [" + keys + "] (Enter = " + v.suggested().value() + ")> ");
        out.flush();
        String g = in.readLine();
        if (g == null || g.strip().equals("q")) {
          out.println();
          return;
        }
        g = g.strip();
        if (g.isEmpty()) {
          rating = v.suggested();
        } else if (g.length() == 1 && g.charAt(0) >= '1' && g.charAt(0) <= '4') {
          rating = Rating.of(g.charAt(0) - '0');
        } else {
          out.println("type 1, 2, 3 or 4 (or Enter for " + v.suggested().value() + ")");
        }
      }
      StudySession.Saved saved = session.grade(rating, answer, v, ms);
      out.println("saved, next in " + Intervals.compact(saved.nextIn()));
      if (saved.leech()) {
        out.println("leech: failed " + session.leechThreshold()
            + " times, suspended (unsuspend with u in the bank browser)");
      }
      out.flush();
    }
  }
}
