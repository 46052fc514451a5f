package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdrill.extract.Fact;

/**
 * The years a prompt shows in brackets beside its relative times and yearless dates ("Một tháng
 * sau (1951)", "_____ (1951)"). A year is shown once: beside the blank when the blank takes it
 * (an answer must not leave its year to guessing), else where it is first needed; the same year
 * twice in one prompt tells the student nothing the first did not.
 */
final class YearInserts {
  /**
   * Text to put at offset {@code at} of the document, the text from {@code at} to {@code resume}
   * left out (a phrase the year stands for: "in May of the same year" shown as "in May (1923)").
   */
  record Insert(int at, String text, int resume) {
    /** Text put at {@code at}, nothing left out. */
    Insert(int at, String text) {
      this(at, text, at);
    }
  }

  private YearInserts() {}

  /**
   * text[from, to) with the fact's span as the hole and the inserts in place, each year once. An
   * insert outside [from, to] annotates text the prompt does not show (a date after the clause
   * end a cut-off sentence is asked up to) and is left out.
   */
  static String annotate(String text, int from, int to, Fact f, List<Insert> inserts) {
    List<Insert> shown = new ArrayList<>(inserts.size());
    for (Insert i : inserts) {
      if (i.at() >= from && i.resume() <= to) {
        shown.add(i);
      }
    }
    List<Insert> sorted = once(shown, f.end());
    StringBuilder b = new StringBuilder();
    int pos = from;
    boolean holed = false;
    for (Insert i : sorted) {
      if (!holed && i.at() >= f.end()) {
        b.append(text, pos, f.start()).append(PromptBuilder.HOLE);
        pos = f.end();
        holed = true;
      }
      if (i.at() < pos) {
        continue; // inside a phrase an earlier insert left out
      }
      b.append(text, pos, i.at()).append(InsideBrackets.year(i.text(), text, i.resume()));
      pos = i.resume();
    }
    if (!holed) {
      b.append(text, pos, f.start()).append(PromptBuilder.HOLE);
      pos = f.end();
    }
    b.append(text, pos, to);
    return b.toString();
  }

  /**
   * The inserts in text order, each text once: the one at {@code blank} (the blank's own year)
   * when there is one, else the first.
   */
  static List<Insert> once(List<Insert> inserts, int blank) {
    Set<String> atBlank = new HashSet<>();
    for (Insert i : inserts) {
      if (i.at() == blank) {
        atBlank.add(i.text());
      }
    }
    List<Insert> sorted = new ArrayList<>(inserts);
    sorted.sort(Comparator.comparingInt(Insert::at));
    Set<String> seen = new HashSet<>();
    List<Insert> out = new ArrayList<>(sorted.size());
    for (Insert i : sorted) {
      if (i.at() != blank && atBlank.contains(i.text()) || !seen.add(i.text() + (i.at() == blank
          ? "@" : ""))) {
        continue;
      }
      out.add(i);
    }
    return out;
  }
}
