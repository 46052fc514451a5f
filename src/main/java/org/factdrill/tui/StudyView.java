package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.bank.Instructions;
import org.factdrill.bank.Question;
import org.factdrill.srs.Rating;
import org.factdrill.store.StoreException;
import org.factdrill.study.AnswerHint;
import org.factdrill.study.Intervals;
import org.factdrill.study.StudySession;
import org.factdrill.study.Verdict;
import org.factdrill.tui.BidiText.Span;
import org.factdrill.tui.Theme.Role;

/**
 * The study screen: the prompt in its language's direction, then an answer line (cloze), numbered
 * options (choice), t/f (truefalse) or 1-n picks in chronological order (timeline); after the
 * answer the verdict, the right answer, the source sentence with the fact highlighted, and the four
 * grades with their next intervals, the suggested one preselected.
 */
final class StudyView implements View {
  private enum Phase { ANSWER, GRADE }

  private final App app;
  private final StudySession session;
  private final Instant started;
  private Phase phase = Phase.ANSWER;
  private Question question;
  private AnswerMode mode = AnswerMode.TYPED;
  private final LineEditor input = new LineEditor("");
  private final List<Integer> picks = new ArrayList<>();
  private String typed;
  private Verdict verdict;
  private Map<Rating, Duration> preview;
  private Rating selected;
  private long shownAt;
  private String note;

  StudyView(App app) throws StoreException {
    this(app, app.newSession());
  }

  /** On a session made elsewhere (custom study). */
  StudyView(App app, StudySession session) {
    this.app = app;
    this.session = session;
    app.messages().prepareIntervals(); // ICU's unit names load while the first question is read
    this.started = app.clock().instant();
    next();
  }

  private void next() {
    Optional<Question> cur = session.current();
    question = cur.orElse(null);
    mode = question == null ? AnswerMode.TYPED : AnswerMode.of(question);
    phase = Phase.ANSWER;
    input.set("");
    picks.clear();
    typed = null;
    verdict = null;
    preview = null;
    selected = null;
    shownAt = app.clock().millis();
  }

  @Override
  public String title() {
    return app.msg("study");
  }

  @Override
  public boolean typing() {
    return question != null && phase == Phase.ANSWER && mode == AnswerMode.TYPED;
  }

  @Override
  public String hints() {
    if (question == null) {
      return app.msg("hints.study_back");
    }
    if (phase == Phase.GRADE) {
      return app.msg("hints.grade", app.msg("grade." + selected.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return switch (mode) {
      case TYPED -> app.msg("hints.typed");
      case PICK -> app.msg("hints.pick", question.items().size());
      case TRUE_FALSE -> app.msg("hints.truefalse");
      case ORDER -> app.msg("hints.order", question.events().size());
    };
  }

  @Override
  public boolean key(KeyStroke k) throws StoreException {
    note = null;
    if (question == null) {
      if (k.getKeyType() == KeyType.Enter) {
        app.back();
        return true;
      }
      return false;
    }
    if (k.getKeyType() == KeyType.Escape || (App.isChar(k, 'q') && !typing())) {
      finish();
      return true;
    }
    if (phase == Phase.GRADE) {
      return gradeKey(k);
    }
    boolean ctrlZ = k.getKeyType() == KeyType.Character && k.isCtrlDown()
        && Character.toLowerCase(k.getCharacter()) == 'z';
    boolean undoKey = ctrlZ || (App.isChar(k, 'u') && (mode != AnswerMode.TYPED
        || input.isEmpty()));
    if (undoKey) {
      if (session.undo()) {
        next();
        note = app.msg("undone");
      } else {
        note = app.msg("nothing_to_undo");
      }
      return true;
    }
    switch (mode) {
      case TYPED -> {
        if (k.getKeyType() == KeyType.Enter) {
          if (!input.isEmpty()) {
            answer(input.text());
          }
          return true;
        }
        return input.key(k);
      }
      case PICK -> {
        int n = digit(k);
        if (n >= 1 && n <= question.items().size()) {
          answer(String.valueOf(n));
          return true;
        }
      }
      case TRUE_FALSE -> {
        if (App.isChar(k, 't') || App.isChar(k, 'f')) {
          answer(String.valueOf(k.getCharacter()));
          return true;
        }
      }
      case ORDER -> {
        int n = digit(k);
        if (n >= 1 && n <= question.events().size() && !picks.contains(n)) {
          picks.add(n);
          if (picks.size() == question.events().size()) {
            StringBuilder b = new StringBuilder();
            for (int p : picks) {
              b.append(b.length() == 0 ? "" : " ").append(p);
            }
            answer(b.toString());
          }
          return true;
        }
        if (k.getKeyType() == KeyType.Backspace && !picks.isEmpty()) {
          picks.remove(picks.size() - 1);
          return true;
        }
      }
      default -> { }
    }
    return false;
  }

  private static int digit(KeyStroke k) {
    if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && k.getCharacter() >= '1'
        && k.getCharacter() <= '9') {
      return k.getCharacter() - '0';
    }
    return -1;
  }

  private void answer(String t) {
    typed = t;
    verdict = session.check(t);
    preview = session.previewIntervals();
    selected = verdict.suggested();
    phase = Phase.GRADE;
  }

  private boolean gradeKey(KeyStroke k) throws StoreException {
    int n = digit(k);
    if (n >= 1 && n <= 4) {
      commit(Rating.of(n));
      return true;
    }
    if (k.getKeyType() == KeyType.Enter || App.isChar(k, ' ')) {
      commit(selected);
      return true;
    }
    if (k.getKeyType() == KeyType.ArrowLeft || k.getKeyType() == KeyType.ArrowRight) {
      // The arrow moves the mark the way it points: the grades run leftwards in a
      // right-to-left interface.
      int step = (k.getKeyType() == KeyType.ArrowRight) != app.messages().rtl() ? 1 : -1;
      selected = Rating.of(Math.max(1, Math.min(4, selected.value() + step)));
      return true;
    }
    return false;
  }

  private void commit(Rating r) throws StoreException {
    StudySession.Saved saved = session.grade(r, typed, verdict, app.clock().millis() - shownAt);
    note = app.msg("saved") + " · " + app.msg("grade." + r.name().toLowerCase(java.util.Locale.ROOT)) + " · " + app.messages().interval(saved.nextIn());
    if (saved.leech()) {
      note = app.msg("leech_suspended", app.settings().leechThreshold());
    }
    next();
    if (question == null) {
      app.replace(new SummaryView(app, session, started, app.clock().instant()));
    }
  }

  /** Ends the session: a pending answer is saved, then the summary (or Home if none given). */
  private void finish() throws StoreException {
    leave();
    if (session.reviewed() > 0) {
      app.replace(new SummaryView(app, session, started, app.clock().instant()));
    } else {
      app.back();
    }
  }

  /** Leaving after answering keeps the answer with the grade selected on screen. */
  @Override
  public void leave() throws StoreException {
    if (question != null && phase == Phase.GRADE) {
      session.grade(selected, typed, verdict, app.clock().millis() - shownAt);
      phase = Phase.ANSWER;
    }
  }

  // --- drawing ---

  private boolean rtl(Question q) {
    return App.rightToLeft(q.lang());
  }

  @Override
  public void draw(Canvas c) {
    int w = c.cols() - 4;
    int bottom = c.rows() - 2; // last body row (exclusive of the hint line)
    String progress = Messages.isolate(session.reviewed() + " " + app.msg("done")) + " · "
        + Messages.isolate(session.remaining() + " " + app.msg("remaining")) + " · "
        + Messages.isolate(session.correctCount() + " ✓");
    c.text(2, 1, progress, Role.DIM);
    if (question == null) {
      c.words(2, 3, w, app.msg("nothing_due"), Role.TITLE);
      return;
    }
    c.textRight(c.cols() - 2, 1, app.msg("type." + question.type().json()) + " · " + question.lang(),
        Role.DIM);
    boolean rtl = rtl(question);
    int row = 3;
    int gradeRows = phase == Phase.GRADE ? 2 : 0;
    if (question.context() != null) {
      // What the question is about (the text's title, heading), so it stands on its own.
      // It is content: laid out in the question's direction, like the prompt below it.
      c.paragraph(2, row, w, List.of(Span.plain(TextWidth.fit(question.context(), w))), rtl,
          new Role[] {Role.DIM}, 1);
      row += 2;
    }
    row = c.paragraph(2, row, w,
        List.of(Span.plain(Instructions.displayPrompt(question, app.messages().lang()))), rtl,
        new Role[] {Role.NORMAL}, Math.max(1, bottom - row - 3 - gradeRows));
    row++;
    row = body(c, row, w, rtl, bottom - gradeRows);
    if (phase == Phase.GRADE) {
      gradeLine(c, bottom - 1);
    }
    if (note != null && phase == Phase.ANSWER) {
      c.text(2, bottom, TextWidth.fit(note, w), Role.DIM);
    }
  }

  private int body(Canvas c, int row, int w, boolean rtl, int limit) {
    switch (mode) {
      case TYPED -> {
        if (phase == Phase.ANSWER) {
          Optional<String> hint = AnswerHint.of(question);
          if (hint.isPresent() && row < limit - 1) {
            row = c.paragraph(2, row, w, List.of(Span.plain(hint.get())), rtl,
                new Role[] {Role.DIM}, 1);
          }
          int end = c.text(2, row, app.msg("answer") + ": ", Role.DIM);
          c.text(end, row, tail(input.withCursor("▏"), w - end + 2), Role.KEY);
          return row + 1;
        }
      }
      case PICK -> {
        // On a short screen the graded options shrink to the right one and the one chosen, so
        // the source sentence still fits.
        List<String> items = question.items();
        boolean compact = phase == Phase.GRADE && limit - row < items.size() + 6;
        for (int i = 0; i < items.size() && row < limit; i++) {
          String opt = items.get(i);
          Role role = Role.NORMAL;
          String mark = "";
          if (phase == Phase.GRADE) {
            boolean right = opt.equals(question.answer().text());
            boolean chosen = String.valueOf(i + 1).equals(typed);
            role = right ? Role.GOOD : chosen ? Role.BAD : Role.DIM;
            if (compact && !right && !chosen) {
              continue;
            }
            // Without colour GOOD and BAD are both bold: mark them so they can be told apart.
            if (!app.theme().hasColour() && (right || chosen)) {
              mark = right ? "✓ " : "✗ ";
            }
          }
          row = c.paragraph(4, row, w - 2, List.of(Span.plain(mark + (i + 1) + ") " + opt)), rtl,
              new Role[] {role}, 2);
        }
      }
      case TRUE_FALSE -> {
        if (phase == Phase.ANSWER) {
          c.text(4, row++, "t " + app.msg("true") + "     f " + app.msg("false"), Role.KEY);
        }
      }
      case ORDER -> {
        List<Question.Event> ev = question.events();
        for (int i = 0; i < ev.size() && row < limit; i++) {
          int pos = picks.indexOf(i + 1);
          String mark = pos < 0 ? "  " : "#" + (pos + 1);
          Role role = pos < 0 ? Role.NORMAL : Role.KEY;
          c.text(2, row, mark, Role.KEY);
          row = c.paragraph(5, row, w - 3, List.of(Span.plain((i + 1) + ") " + ev.get(i).text())),
              rtl, new Role[] {role}, 2);
        }
      }
      default -> { }
    }
    if (phase != Phase.GRADE) {
      return row;
    }
    row++;
    if (row >= limit) {
      return row;
    }
    Role vr = verdict.kind() == Verdict.Kind.CORRECT ? Role.GOOD
        : verdict.kind() == Verdict.Kind.CLOSE ? Role.CLOSE : Role.BAD;
    String vword = verdict.kind() == Verdict.Kind.CORRECT ? "✓ " + app.msg("correct")
        : verdict.kind() == Verdict.Kind.CLOSE ? "≈ " + app.msg("close") : "✗ " + app.msg("wrong");
    int end = c.text(2, row, vword, vr);
    if (mode == AnswerMode.TYPED || mode == AnswerMode.ORDER) {
      c.paragraph(end + 3, row, w - end - 1, List.of(Span.plain(app.msg("your_answer") + ": "
          + app.embed(typed))), c.rtl(), new Role[] {Role.DIM}, 1);
    }
    row++;
    row = c.paragraph(2, row, w, List.of(new Span(app.msg("answer") + ": ", 0),
        new Span(app.embed(RevealedAnswer.text(question, app.messages())), 1)), c.rtl(), new Role[] {Role.DIM, Role.TITLE}, 3);
    if (mode == AnswerMode.TYPED && verdict.kind() != Verdict.Kind.CORRECT && row < limit - 1) {
      row = c.paragraph(2, row, w, RevealedAnswer.diff(app.msg("diff"), typed,
          question.answer().text()), c.rtl(),
          new Role[] {Role.DIM, Role.NORMAL, Role.BAD, Role.GOOD}, 2);
    }
    Question.FactRef f = question.facts().isEmpty() ? null : question.facts().get(0);
    if (f != null && f.sentence() != null && row < limit - 1) {
      row = c.paragraph(2, row, w, RevealedAnswer.sentence(f), rtl, new Role[] {Role.NORMAL, Role.HIGHLIGHT},
          Math.max(1, limit - row - 1));
      if (f.source() != null && row < limit) {
        c.text(2, row++, "— " + Messages.isolate(app.msg("source") + ":") + " "
            + app.sourceLabel(f.source()), Role.DIM);
      }
    }
    return row;
  }

  /** The end of {@code s} that fits {@code cols} columns, "…" first when cut (long answers). */
  static String tail(String s, int cols) {
    if (TextWidth.width(s) <= cols) {
      return s;
    }
    List<String> cl = TextWidth.clusters(TextWidth.nfc(s));
    StringBuilder b = new StringBuilder();
    int w = 1;
    for (int i = cl.size() - 1; i >= 0 && w + TextWidth.clusterWidth(cl.get(i)) <= cols; i--) {
      b.insert(0, cl.get(i));
      w += TextWidth.clusterWidth(cl.get(i));
    }
    return "…" + b;
  }

  private void gradeLine(Canvas c, int row) {
    int col = 2;
    for (Rating r : Rating.values()) {
      String label = r.value() + " " + app.msg("grade." + r.name().toLowerCase(java.util.Locale.ROOT)) + " " + app.messages().interval(preview.get(r));
      Role role = r == selected ? Role.SELECTED : Role.KEY;
      String cell = r == selected ? "[" + label + "]" : " " + label + " ";
      c.text(col, row, cell, role);
      col += TextWidth.width(cell) + 2;
    }
  }
}
