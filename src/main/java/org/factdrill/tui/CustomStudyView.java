package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.factdrill.store.StoreException;
import org.factdrill.study.CustomStudy;
import org.factdrill.study.StudySession;
import org.factdrill.tui.Theme.Role;

/**
 * Custom study (from Home, {@code c}): a selection typed as in the bank search ({@code src:001
 * lang:vi type:cloze is:due|new|failed}); Enter starts a session over it. Nothing is written to
 * the bank file.
 */
final class CustomStudyView implements View {
  private final App app;
  private final LineEditor query = new LineEditor("");
  private String problem;

  CustomStudyView(App app) {
    this.app = app;
  }

  @Override
  public String title() {
    return app.msg("custom");
  }

  @Override
  public boolean typing() {
    return true;
  }

  @Override
  public String hints() {
    return app.msg("hints.custom");
  }

  @Override
  public boolean key(KeyStroke k) throws StoreException {
    problem = null;
    if (k.getKeyType() != KeyType.Enter) {
      return query.key(k);
    }
    CustomStudy selection;
    try {
      selection = CustomStudy.parse(query.text());
    } catch (IllegalArgumentException e) {
      problem = app.msg("custom_bad", e.getMessage());
      return true;
    }
    CustomStudy.Plan plan = selection.plan(app.bank(), app.store(), app.profile(),
        app.settings(), app.clock());
    StudySession session = app.newSession(plan);
    if (session.current().isEmpty()) {
      problem = app.msg("custom_none");
      return true;
    }
    app.replace(new StudyView(app, session));
    return true;
  }

  @Override
  public void draw(Canvas c) {
    int end = c.text(2, 2, app.msg("custom_query") + ": ", Role.DIM);
    c.text(end, 2, StudyView.tail(query.withCursor("▏"), c.cols() - end - 2), Role.KEY);
    if (problem != null) {
      c.text(2, 4, TextWidth.fit(problem, c.cols() - 4), Role.WARN);
    }
  }
}
