package org.factdrill.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.srs.Rating;
import org.factdrill.store.StoreException;

/**
 * The line-based study protocol of {@code study --plain}, for scripts, screen readers and tests:
 * prompt (and numbered options), one line of answer, the verdict and the right answer, one line of
 * grade (empty = suggested), then "saved, next in 4d" once the answer is committed. "u" as the
 * answer takes back the last answer ("undone") and asks it again. "q" or end of input ends the
 * session; the last line is always "reviewed N". Its words come from the interface language's
 * pack (ui.tsv, keys {@code plain.*}); "t", "f", "u", "q" and the digits stay as typed.
 */
public final class PlainSession {
  private final StudySession session;
  private final BufferedReader in;
  private final PrintWriter out;
  private final Clock clock;
  private final LanguagePack words;
  private final Intervals intervals;
  private final LanguagePack english;

  /** A session in English. */
  public PlainSession(StudySession session, BufferedReader in, PrintWriter out, Clock clock) {
    this(session, in, out, clock, "en");
  }

  /** A session whose words are in interface language {@code uiLang} (English if unknown). */
  public PlainSession(StudySession session, BufferedReader in, PrintWriter out, Clock clock,
      String uiLang) {
    this.session = session;
    this.in = in;
    this.out = out;
    this.clock = clock;
    this.english = LanguagePacks.find("en").orElseThrow();
    this.words = uiLang == null ? english : LanguagePacks.find(uiLang).orElse(english);
    this.intervals = Intervals.of(words.code());
  }

  /** The interface word for {@code key} with {0}, {1}… filled in. */
  private String w(String key, Object... args) {
    String t = words.ui(key);
    if (t == null) {
      t = english.ui(key);
    }
    if (t == null) {
      t = key;
    }
    for (int i = 0; i < args.length; i++) {
      t = t.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return t;
  }

  /** Runs until the queue is empty, "q" or end of input; returns the number reviewed. */
  public int run() throws IOException, StoreException {
    try {
      loop();
    } finally {
      out.println(w("plain.reviewed", session.reviewed()));
      out.flush();
    }
    return session.reviewed();
  }

  /** The line that says how to answer, for the types whose answer is not typed freely. */
  private Optional<String> hint(Question q) {
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
        return Optional.of("  t) " + w("plain.true") + "   f) " + w("plain.false"));
      }

      @Override
      public Optional<String> timeline(Question.Timeline t) {
        return Optional.of("  (" + w("plain.timeline") + ")");
      }

      @Override
      public Optional<String> whichFirst(Question.WhichFirst w) {
        return Optional.of("  (" + w("plain.which_first") + ")");
      }

      @Override
      public Optional<String> yearsBetween(Question.YearsBetween y) {
        return Optional.of("  (" + w("plain.years") + ")");
      }

      @Override
      public Optional<String> duration(Question.Duration d) {
        return Optional.of("  (" + w("plain.years") + ")");
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
        out.println(w("plain.nothing_due") + later.map(t -> "; " + w("plain.learning_back",
            intervals.format(java.time.Duration.between(clock.instant(), t)))).orElse(""));
        return;
      }
      Question q = cur.get();
      if (q.context() != null) {
        out.println(q.context()); // what the question is about, above it
      }
      out.println("[" + (session.reviewed() + 1) + "/" + (session.reviewed() + session.remaining())
          + "] " + org.factdrill.bank.Instructions.displayPrompt(q, words.code()));
      List<String> items = q.items();
      for (int i = 0; i < items.size(); i++) {
        out.println("  " + (i + 1) + ") " + items.get(i));
      }
      hint(q).ifPresent(out::println);
      out.print(w("plain.answer") + "> ");
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
        out.println(session.undo() ? w("plain.undone") : w("plain.nothing_to_undo"));
        continue;
      }
      long ms = clock.millis() - shown;
      Verdict v = session.check(answer);
      out.println(w("plain." + v.label()) + ". " + w("plain.answer") + ": " + q.answer().text());
      if (!v.correct() && typedFreely(q)) {
        // What differs, marked without colour: [-typed-] {+missing+}.
        out.println(w("plain.diff") + ": " + AnswerDiff.marked(answer, q.answer().text()));
      }
      Map<org.factdrill.srs.Rating, java.time.Duration> preview = session.previewIntervals();
      StringBuilder keys = new StringBuilder();
      for (Rating r : Rating.values()) {
        keys.append(r.value()).append(' ')
            .append(w("tui.grade." + r.name().toLowerCase(java.util.Locale.ROOT))).append(' ')
            .append(intervals.format(preview.get(r))).append(r == Rating.EASY ? "" : ", ");
      }
      Rating rating = null;
      while (rating == null) {
        out.print(w("plain.grade") + " [" + keys + "] (Enter = " + v.suggested().value() + ")> ");
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
          out.println(w("plain.type_grade", v.suggested().value()));
        }
      }
      StudySession.Saved saved = session.grade(rating, answer, v, ms);
      out.println(w("plain.saved", intervals.format(saved.nextIn())));
      if (saved.leech()) {
        out.println(w("plain.leech", session.leechThreshold()));
      }
      out.flush();
    }
  }
}
