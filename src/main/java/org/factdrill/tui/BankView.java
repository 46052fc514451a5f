package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdrill.bank.BankValidator;
import org.factdrill.bank.Question;
import org.factdrill.srs.Rating;
import org.factdrill.store.StoreException;
import org.factdrill.store.StoredCard;
import org.factdrill.study.Dashboard;
import org.factdrill.tui.BidiText.Span;
import org.factdrill.tui.Theme.Role;

/**
 * The bank browser: a filtered list of questions, a detail page with the question's provenance and
 * its card's review history, and an editor for the question (prompt, answer, accepted alternatives,
 * options, disable/enable, delete) whose every save is validated as {@code bank validate} validates
 * and written to the bank file atomically. Edited and disabled questions are marked so
 * regeneration keeps them.
 */
final class BankView implements View {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private enum Mode { LIST, SEARCH, DETAIL, EDIT, CONFIRM_DELETE }

  /** The part of the question the line editor holds. */
  private enum Field { PROMPT, ANSWER, ALSO, OPTIONS, NEW }

  /** Separates accepted alternatives and options in the one-line editor. */
  private static final String SEP = " | ";

  private final App app;
  private Mode mode = Mode.LIST;
  private final LineEditor search = new LineEditor("");
  private final LineEditor edit = new LineEditor("");
  private Field field = Field.PROMPT;
  private String query = "";
  private List<Question> shown = List.of();
  private int selected;
  private int top;
  private int pageRows = 10;
  private Optional<StoredCard> card = Optional.empty();
  private List<org.factdrill.store.ReviewLog.Entry> history = List.of();
  private final BankSearch bankSearch = new BankSearch();
  /** The profile's suspended cards (leeches), marked "!" in the list; {@code u} unsuspends. */
  private java.util.Set<String> suspended;

  BankView(App app) throws StoreException {
    this.app = app;
    this.suspended = new java.util.HashSet<>(app.store().suspendedCards(app.profile().id()));
    filter();
  }

  @Override
  public String title() {
    return app.msg("bank") + " · " + app.bankPath().getFileName();
  }

  @Override
  public boolean typing() {
    return mode == Mode.SEARCH || mode == Mode.EDIT;
  }

  @Override
  public String hints() {
    return switch (mode) {
      case LIST -> app.msg("hints.bank_list");
      case SEARCH -> app.msg("hints.bank_search");
      case DETAIL -> app.msg("hints.bank_detail");
      case EDIT -> app.msg("hints.bank_edit." + field.name().toLowerCase(Locale.ROOT));
      case CONFIRM_DELETE -> app.msg("hints.bank_delete");
    };
  }

  /** Applies the query (see {@link BankSearch}), keeping the selection in range. */
  private void filter() {
    shown = bankSearch.matching(app.bank(), query, suspended);
    selected = Math.max(0, Math.min(selected, shown.size() - 1));
  }

  private Question current() {
    return shown.isEmpty() ? null : shown.get(selected);
  }

  @Override
  public boolean key(KeyStroke k) throws IOException, StoreException {
    switch (mode) {
      case SEARCH -> {
        if (k.getKeyType() == KeyType.Enter) {
          mode = Mode.LIST;
        } else if (k.getKeyType() == KeyType.Escape) {
          search.set("");
          query = "";
          filter();
          mode = Mode.LIST;
        } else if (search.key(k)) {
          query = search.text();
          selected = 0;
          filter();
        }
        return true;
      }
      case EDIT -> {
        if (k.getKeyType() == KeyType.Enter) {
          String p = edit.text().strip();
          if (field == Field.NEW) {
            addCloze(current(), p);
            return true;
          }
          Question updated = edited(current(), p);
          List<String> problems = p.isEmpty() && field != Field.ALSO
              ? List.of(app.msg(field == Field.PROMPT ? "prompt_empty" : "field_empty"))
              : new BankValidator().checkPhrases(updated).stream().map(app.messages()::say)
                  .toList();
          if (!problems.isEmpty()) {
            // Refused as 'bank validate' would refuse it; the text stays in the editor.
            app.flash(updated.id() + ": " + problems.get(0), Role.BAD);
          } else {
            save(updated);
            mode = Mode.DETAIL;
          }
        } else if (k.getKeyType() == KeyType.Escape) {
          mode = Mode.DETAIL;
        } else {
          edit.key(k);
        }
        return true;
      }
      case CONFIRM_DELETE -> {
        if (App.isChar(k, 'y')) {
          String id = current().id();
          app.workingBank().remove(id);
          filter();
          mode = Mode.LIST;
          app.flash(app.msg("deleted") + ": " + id + " → " + app.bankPath().getFileName(),
              Role.GOOD);
        } else {
          mode = current() == null ? Mode.LIST : Mode.DETAIL;
        }
        return true;
      }
      default -> { }
    }
    if (k.getKeyType() == KeyType.ArrowDown || k.getKeyType() == KeyType.ArrowUp
        || k.getKeyType() == KeyType.PageDown || k.getKeyType() == KeyType.PageUp
        || k.getKeyType() == KeyType.Home || k.getKeyType() == KeyType.End) {
      int step = switch (k.getKeyType()) {
        case ArrowDown -> 1;
        case ArrowUp -> -1;
        case PageDown -> pageRows;
        case PageUp -> -pageRows;
        case Home -> -shown.size();
        default -> shown.size();
      };
      selected = Math.max(0, Math.min(shown.size() - 1, selected + step));
      if (mode == Mode.DETAIL) {
        loadCard();
      }
      return true;
    }
    Question q = current();
    if (App.isChar(k, '/') && mode == Mode.LIST) {
      mode = Mode.SEARCH;
      return true;
    }
    if (q == null) {
      return false;
    }
    if (k.getKeyType() == KeyType.Enter && mode == Mode.LIST) {
      mode = Mode.DETAIL;
      loadCard();
      return true;
    }
    if (App.isChar(k, 'd')) {
      save(q.withDisabled(!q.isDisabled()));
      return true;
    }
    Field f = App.isChar(k, 'e') ? Field.PROMPT : App.isChar(k, 'a') ? Field.ANSWER
        : App.isChar(k, 'v') ? Field.ALSO : App.isChar(k, 'o') ? Field.OPTIONS : null;
    if (f != null) {
      if (f != Field.PROMPT && !(q instanceof Question.Cloze || q instanceof Question.Choice)
          || f == Field.OPTIONS && !(q instanceof Question.Choice)) {
        app.flash(app.msg("edit_not_here", q.type().json()), Role.WARN);
        return true;
      }
      field = f;
      edit.set(switch (f) {
        case PROMPT -> q.prompt();
        case ANSWER -> q.answerText();
        case ALSO -> q.answer() == null ? "" : String.join(SEP, q.answer().also());
        default -> String.join(SEP, q.options());
      });
      mode = Mode.EDIT;
      if (card.isEmpty() && history.isEmpty()) {
        loadCard();
      }
      return true;
    }
    if (App.isChar(k, 'n') && mode == Mode.DETAIL) {
      // Starts from the source sentence: the user blanks a part with _____ and adds "| answer".
      BankEdits.start(q).ifPresentOrElse(line -> {
        field = Field.NEW;
        edit.set(line);
        mode = Mode.EDIT;
      }, () -> app.flash(app.msg("new_no_sentence"), Role.WARN));
      return true;
    }
    if (App.isChar(k, 'x')) {
      mode = Mode.CONFIRM_DELETE;
      return true;
    }
    if (App.isChar(k, 'u')) {
      // Unsuspends the question's card (a leech): back in study, its failures counted afresh.
      if (app.store().unsuspend(app.profile().id(), q.cardId(), app.clock().instant())) {
        suspended.remove(q.cardId());
        app.flash(app.msg("unsuspended") + ": " + q.cardId(), Role.GOOD);
        if (mode == Mode.DETAIL) {
          loadCard();
        }
      }
      return true;
    }
    if ((k.getKeyType() == KeyType.Escape || App.isChar(k, 'q')) && mode == Mode.DETAIL) {
      mode = Mode.LIST;
      return true;
    }
    return false;
  }

  /** The question with the edited field replaced by {@code text}; always marked edited. */
  private Question edited(Question q, String text) {
    List<String> also = q.answer() == null ? List.of() : q.answer().also();
    return switch (field) {
      case PROMPT -> q.withPrompt(text);
      case ANSWER -> q.withAnswer(text, also);
      case ALSO -> q.withAnswer(q.answerText(), BankEdits.split(text));
      default -> q instanceof Question.Choice c
          ? c.withOptions(BankEdits.split(text)).withHeader(c.header().withEdited(true)) : q;
    };
  }

  /** Adds a cloze on the sentence of {@code from}, as {@link BankEdits} builds and checks it. */
  private void addCloze(Question from, String line) throws IOException, StoreException {
    BankEdits.Outcome o = BankEdits.make(app.bank(), from, line);
    if (o.question() == null) {
      // Refused as 'bank validate' would refuse it; the text stays in the editor.
      String why = app.messages().say(o.problem());
      app.flash(o.id() == null ? why : o.id() + ": " + why, Role.BAD);
      return;
    }
    app.workingBank().add(o.question());
    query = "";
    search.set("");
    select(o.id());
    loadCard();
    mode = Mode.DETAIL;
    app.flash(app.msg("added") + ": " + o.id() + " → " + app.bankPath().getFileName(), Role.GOOD);
  }

  private void loadCard() throws StoreException {
    Question q = current();
    if (q == null) {
      return;
    }
    card = Dashboard.card(app.store(), app.profile(), q.cardId());
    history = Dashboard.history(app.store(), app.profile(), q.cardId(), 20);
  }

  private void save(Question updated) throws IOException {
    String id = updated.id();
    app.workingBank().save(updated);
    select(id);
    app.flash(app.msg("saved") + ": " + id + (updated.isDisabled() ? " (" + app.msg("disabled")
        + ")" : "") + " → " + app.bankPath().getFileName(), Role.GOOD);
  }

  /** Filters again and selects the question {@code id} when it is shown. */
  private void select(String id) {
    filter();
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).id().equals(id)) {
        selected = i;
      }
    }
  }

  @Override
  public void draw(Canvas c) {
    if (mode == Mode.DETAIL || mode == Mode.EDIT || mode == Mode.CONFIRM_DELETE) {
      drawDetail(c);
    } else {
      drawList(c);
    }
  }

  private void drawList(Canvas c) {
    int row = 1;
    String q = mode == Mode.SEARCH ? search.withCursor("▏") : query;
    int end = c.text(1, row, app.msg("search") + ": ", Role.DIM);
    end = c.text(end, row, q, mode == Mode.SEARCH ? Role.KEY : Role.NORMAL);
    c.textRight(c.cols() - 1, row, shown.size() + " / " + app.bank().questions().size(),
        Role.DIM);
    row += 2;
    pageRows = Math.max(1, c.rows() - row - 1);
    if (selected < top) {
      top = selected;
    }
    if (selected >= top + pageRows) {
      top = selected - pageRows + 1;
    }
    int promptCol = 1 + 10 + 1 + 3 + 1 + 2;
    int promptW = c.cols() - promptCol - 1;
    for (int i = top; i < shown.size() && row < c.rows() - 1; i++, row++) {
      Question x = shown.get(i);
      boolean sel = i == selected;
      if (sel) {
        c.fill(0, row, c.cols(), Role.SELECTED);
      }
      Role base = sel ? Role.SELECTED : x.isDisabled() ? Role.DIM : Role.NORMAL;
      c.text(1, row, TextWidth.pad(x.type().json(), 10), sel ? base : Role.DIM);
      c.text(12, row, TextWidth.pad(String.valueOf(x.lang()), 3), sel ? base : Role.DIM);
      c.text(16, row, (x.isDisabled() ? "-" : suspended.contains(x.cardId()) ? "!" : " ")
          + (x.isEdited() ? "✎" : " "),
          sel ? base : Role.WARN);
      String p = x.prompt().replace('\n', ' ');
      c.paragraph(promptCol, row, promptW, List.of(Span.plain(oneLine(p, promptW,
          App.rightToLeft(x.lang())))), App.rightToLeft(x.lang()), new Role[] {base}, 1);
    }
    if (shown.isEmpty()) {
      c.text(2, row, app.msg("no_match"), Role.DIM);
    }
  }

  /** The logical prefix of {@code s} that fits one line (wrapping first keeps bidi order right). */
  private static String oneLine(String s, int width, boolean rtl) {
    List<int[]> lines = BidiText.wrap(TextWidth.nfc(s), Math.max(2, width - 1));
    String n = TextWidth.nfc(s);
    if (lines.size() <= 1) {
      return n;
    }
    return n.substring(lines.get(0)[0], lines.get(0)[1]) + "…";
  }

  private void drawDetail(Canvas c) {
    Question q = current();
    if (q == null) {
      return;
    }
    boolean rtl = App.rightToLeft(q.lang());
    int w = c.cols() - 4;
    int bottom = c.rows() - 1;
    int row = 1;
    c.text(2, row++, q.id() + "  " + q.type().json() + "  " + q.lang()
        + (q.isDisabled() ? "  [" + app.msg("disabled") + "]" : "")
        + (q.isEdited() ? "  [" + app.msg("edited") + "]" : ""), Role.TITLE);
    if (mode == Mode.CONFIRM_DELETE) {
      c.text(2, row++, TextWidth.fit(app.msg("confirm_delete", q.id()), w), Role.BAD);
    }
    if (mode == Mode.EDIT) {
      c.text(2, row++, app.msg("edit_field." + field.name().toLowerCase(Locale.ROOT)) + ":",
          Role.DIM);
      row = c.paragraph(2, row, w, List.of(Span.plain(edit.withCursor("▏"))), rtl,
          new Role[] {Role.KEY}, 6);
    }
    if (mode == Mode.EDIT && field != Field.PROMPT && field != Field.NEW) {
      row = c.paragraph(2, row, w, List.of(Span.plain(q.prompt())), rtl,
          new Role[] {Role.NORMAL}, 4);
    } else if (mode != Mode.EDIT) {
      row = c.paragraph(2, row, w, List.of(Span.plain(q.prompt())), rtl,
          new Role[] {Role.NORMAL}, 4);
    }
    if (!q.options().isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < q.options().size(); i++) {
        b.append(i == 0 ? "" : "   ").append(i + 1).append(") ").append(q.options().get(i));
      }
      row = c.paragraph(2, row, w, List.of(Span.plain(b.toString())), rtl,
          new Role[] {Role.DIM}, 2);
    }
    if (!q.events().isEmpty()) {
      for (Question.Event e : q.events()) {
        if (row < bottom - 6) {
          row = c.paragraph(4, row, w - 2, List.of(Span.plain("• " + e.text() + " ("
              + e.date() + ")")), rtl, new Role[] {Role.DIM}, 1);
        }
      }
    }
    c.text(2, row++, app.msg("answer") + ": " + TextWidth.fit(q.answerText()
        + (q.answer() == null || q.answer().also().isEmpty() ? ""
        : "  (" + app.msg("also") + ": " + String.join(SEP, q.answer().also()) + ")"), w - 10),
        Role.GOOD);
    for (Question.FactRef f : q.facts()) {
      if (row >= bottom - 3) {
        break;
      }
      c.text(2, row++, Messages.isolate(app.msg("source") + ":") + " "
          + (app.sourceTitle(f.source()).equals(f.source()) ? "" : app.sourceLabel(f.source()) + " ")
          + Messages.ltr(f.source()
          + "  [" + f.start() + ".." + f.end() + ")") + "  " + f.kind() + (f.value() == null ? "" : " = " + f.value().compact())
          + (f.isApprox() ? " (" + app.msg("approx") + ")" : ""), Role.DIM);
      if (f.sentence() != null) {
        row = c.paragraph(4, row, w - 2, RevealedAnswer.sentence(f), rtl,
            new Role[] {Role.NORMAL, Role.HIGHLIGHT}, 3);
      }
    }
    row++;
    if (row >= bottom) {
      return;
    }
    if (card.isEmpty()) {
      c.text(2, row++, app.msg("history") + ": " + app.msg("not_studied"), Role.DIM);
      return;
    }
    StoredCard sc = card.get();
    c.text(2, row++, app.msg("card_line", app.msg("history"), app.msg("state." + sc.card().state().name().toLowerCase(Locale.ROOT)),
        WHEN.format(LocalDateTime.ofInstant(sc.card().due(), app.clock().getZone())),
        sc.card().stability() == null ? "–" : String.format(Locale.ROOT, "%.1f" + app.msg("days_short"),
            sc.card().stability()),
        sc.card().difficulty() == null ? "–" : String.format(Locale.ROOT, "%.1f",
            sc.card().difficulty()), sc.reps(), sc.lapses()), Role.TITLE);
    if (sc.suspended() && row < bottom) {
      c.text(2, row++, TextWidth.fit(app.msg("suspended_leech", sc.fails()), w), Role.WARN);
    }
    for (org.factdrill.store.ReviewLog.Entry h : history) {
      if (row >= bottom) {
        break;
      }
      c.text(4, row++, TextWidth.fit(WHEN.format(LocalDateTime.ofInstant(h.at(),
          app.clock().getZone())) + "  " + TextWidth.pad(app.msg("grade." + Rating.of(h.rating()).name().toLowerCase(java.util.Locale.ROOT)), 5) + " "
          + (h.correct() ? "✓" : "✗") + " " + TextWidth.pad(h.answer() == null ? "" : h.answer(),
              14) + " " + app.msg("state." + (h.stateBefore() == null ? "new" : h.stateBefore().toLowerCase(Locale.ROOT))) + "→"
          + app.msg("state." + String.valueOf(h.stateAfter()).toLowerCase(Locale.ROOT)), w), h.correct() ? Role.NORMAL : Role.BAD);
    }
  }
}
