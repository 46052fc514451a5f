package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.srs.Rating;
import org.factdrill.store.StoreException;
import org.factdrill.study.Intervals;
import org.factdrill.study.StudySession;
import org.factdrill.study.Verdict;

/** The study screen: a question, an answer line, the verdict and the four grade keys. */
public final class StudyTui {
  private final Screen screen;
  private final StudySession session;
  private final Clock clock;

  public StudyTui(Screen screen, StudySession session, Clock clock) {
    this.screen = screen;
    this.session = session;
    this.clock = clock;
  }

  /** Runs the session until done or the user quits; the caller owns starting/stopping the screen. */
  public void run() throws IOException, StoreException {
    while (true) {
      Optional<Question> cur = session.current();
      if (cur.isEmpty()) {
        drawLines(List.of("Nothing more to study now. Reviewed " + session.reviewed() + ".", "",
            "Press any key to quit."));
        screen.readInput();
        return;
      }
      Question q = cur.get();
      long shown = clock.millis();
      String answer = readAnswer(q);
      if (answer == null) {
        return;
      }
      Verdict v = session.check(answer);
      Rating rating = readGrade(q, answer, v);
      if (rating == null) {
        return;
      }
      session.grade(rating, answer, v, clock.millis() - shown);
    }
  }

  private String readAnswer(Question q) throws IOException {
    StringBuilder input = new StringBuilder();
    while (true) {
      List<String> lines = header(q);
      lines.add("");
      lines.add("Answer: " + input + "_");
      lines.add("");
      lines.add("Enter submit   Esc quit");
      drawLines(lines);
      KeyStroke k = screen.readInput();
      if (k == null || isQuit(k, input.length() == 0)) {
        return null;
      }
      if (k.getKeyType() == KeyType.Enter && input.length() > 0) {
        return input.toString();
      } else if (k.getKeyType() == KeyType.Backspace && input.length() > 0) {
        input.deleteCharAt(input.length() - 1);
      } else if (k.getKeyType() == KeyType.Character) {
        input.append(k.getCharacter());
      }
    }
  }

  private Rating readGrade(Question q, String answer, Verdict v) throws IOException {
    Map<Rating, Duration> preview = session.previewIntervals();
    while (true) {
      List<String> lines = header(q);
      lines.add("");
      lines.add("Your answer: " + answer);
      lines.add((v.correct() ? "Correct" : v.kind() == Verdict.Kind.CLOSE ? "Close" : "Wrong")
          + " - the answer is " + q.answer().text());
      lines.add("");
      StringBuilder keys = new StringBuilder();
      for (Rating r : Rating.values()) {
        keys.append(r == v.suggested() ? "[" : " ").append(r.value()).append(' ').append(r.label())
            .append(' ').append(Intervals.compact(preview.get(r)))
            .append(r == v.suggested() ? "]" : " ").append("  ");
      }
      lines.add(keys.toString().stripTrailing());
      lines.add("");
      lines.add("1-4 grade   Enter suggested   q quit");
      drawLines(lines);
      KeyStroke k = screen.readInput();
      if (k == null || isQuit(k, true)) {
        return null;
      }
      if (k.getKeyType() == KeyType.Enter) {
        return v.suggested();
      }
      if (k.getKeyType() == KeyType.Character && k.getCharacter() >= '1' && k.getCharacter() <= '4') {
        return Rating.of(k.getCharacter() - '0');
      }
    }
  }

  private List<String> header(Question q) {
    List<String> lines = new ArrayList<>();
    lines.add("factdrill - reviewed " + session.reviewed() + ", " + session.remaining() + " to go");
    lines.add("");
    lines.add(q.prompt());
    if (q.options() != null) {
      for (int i = 0; i < q.options().size(); i++) {
        lines.add("  " + (i + 1) + ") " + q.options().get(i));
      }
    }
    return lines;
  }

  private static boolean isQuit(KeyStroke k, boolean qQuits) {
    if (k.getKeyType() == KeyType.Escape || k.getKeyType() == KeyType.EOF) {
      return true;
    }
    if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c') {
      return true;
    }
    return qQuits && k.getKeyType() == KeyType.Character && k.getCharacter() == 'q';
  }

  private void drawLines(List<String> lines) throws IOException {
    screen.doResizeIfNecessary();
    screen.clear();
    TextGraphics g = screen.newTextGraphics();
    TerminalSize size = screen.getTerminalSize();
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    int row = 0;
    for (String line : lines) {
      for (String part : wrap(line, size.getColumns() - 2)) {
        if (row >= size.getRows()) {
          break;
        }
        g.putString(1, row++, part);
      }
    }
    screen.refresh();
  }

  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    String rest = text;
    while (rest.length() > width && width > 0) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    out.add(rest);
    return out;
  }
}
