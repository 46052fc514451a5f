package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factdrill.store.StoreException;
import org.factdrill.study.Dashboard;
import org.factdrill.study.Intervals;
import org.factdrill.study.StudySession;
import org.factdrill.tui.Theme.Role;

/** After a session: answered, share correct, time taken, and when the next card falls due. */
final class SummaryView implements View {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final App app;
  private final int answered;
  private final int correct;
  private final Duration time;
  private final Instant nextDue;
  private final int remaining;

  SummaryView(App app, StudySession session, Instant start, Instant end) throws StoreException {
    this.app = app;
    this.answered = session.reviewed();
    this.correct = session.correctCount();
    this.remaining = session.remaining();
    this.time = Duration.between(start, end);
    this.nextDue = Dashboard.figures(app.store(), app.profile(), app.bank(), app.settings(),
        app.clock(), Dashboard.Detail.ALL).nextDue();
  }

  @Override
  public String title() {
    return app.msg("summary");
  }

  @Override
  public String hints() {
    return app.msg("hints.summary");
  }

  @Override
  public boolean key(KeyStroke k) throws StoreException {
    if (k.getKeyType() == KeyType.Enter) {
      app.back();
      return true;
    }
    if (App.isChar(k, 'r')) {
      app.replace(new StudyView(app));
      return true;
    }
    return false;
  }

  @Override
  public void draw(Canvas c) {
    int row = 2;
    row = line(c, row, app.msg("answered"), String.valueOf(answered));
    row = line(c, row, app.msg("correct"), answered == 0 ? "–"
        : String.format(Locale.ROOT, "%d / %d (%.0f%%)", correct, answered,
            100.0 * correct / answered));
    long s = time.getSeconds();
    row = line(c, row, app.msg("time"), String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)
        + (answered == 0 ? "" : String.format(Locale.ROOT, "  (%.1f ",
            time.toMillis() / 1000.0 / answered) + app.msg("per_answer") + ")"));
    String next;
    if (nextDue == null) {
      next = "–";
    } else {
      Instant now = app.clock().instant();
      next = !nextDue.isAfter(now) ? app.msg("now") : app.msg("due_in") + " " + app.messages().interval(Duration.between(now,
          nextDue)) + "  (" + WHEN.format(LocalDateTime.ofInstant(nextDue, app.clock().getZone()))
          + ")";
    }
    row = line(c, row, app.msg("next_due"), next);
    if (remaining > 0) {
      c.text(2, row + 1, Messages.isolate(remaining + " " + app.msg("remaining")) + " — "
          + Messages.isolate(app.msg("r_continue")), Role.DIM);
    }
  }

  private static int line(Canvas c, int row, String label, String value) {
    c.text(2, row, TextWidth.pad(label, 18), Role.DIM);
    c.text(21, row, value, Role.TITLE);
    return row + 1;
  }
}
