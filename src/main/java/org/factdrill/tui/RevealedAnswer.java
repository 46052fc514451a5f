package org.factdrill.tui;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.study.AnswerDiff;
import org.factdrill.tui.BidiText.Span;

/**
 * What the study screen shows once a question is answered, as text and styled spans: the right
 * answer (with the dates that explain an order), the typed answer against it, and the source
 * sentence with the fact marked.
 */
final class RevealedAnswer {
  private RevealedAnswer() {
  }

  /** The answer as shown: the answer text, true/false, or a timeline's events in date order. */
  static String text(Question question, Messages messages) {
    return question.accept(new Question.Visitor<String, RuntimeException>() {
      @Override
      public String cloze(Question.Cloze q) {
        return q.answer().text();
      }

      @Override
      public String choice(Question.Choice q) {
        return q.answer().text();
      }

      @Override
      public String trueFalse(Question.TrueFalse q) {
        return q.truth() ? messages.get("true") : messages.get("false");
      }

      @Override
      public String timeline(Question.Timeline q) {
        StringBuilder b = new StringBuilder();
        for (int idx : q.answer().value().order()) {
          if (idx >= 0 && idx < q.events().size()) {
            Question.Event e = q.events().get(idx);
            b.append(b.length() == 0 ? "" : " → ").append(idx + 1).append(' ')
                .append(e.date() == null ? "" : "(" + e.date() + ")");
          }
        }
        return b.length() > 0 ? b.toString() : q.answer().text();
      }

      @Override
      public String whichFirst(Question.WhichFirst q) {
        return dated(q.events());
      }

      @Override
      public String yearsBetween(Question.YearsBetween q) {
        return q.answer().text() + "  (" + dated(q.events()) + ")";
      }

      @Override
      public String duration(Question.Duration q) {
        return q.answer().text() + "  (" + q.period().start() + " – " + q.period().end() + ")";
      }
    });
  }

  /** Events with their dates, "1 (1991) · 2 (1994)": after answering, the dates explain it. */
  private static String dated(List<Question.Event> events) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < events.size(); i++) {
      b.append(i == 0 ? "" : " · ").append(i + 1).append(" (").append(events.get(i).date())
          .append(')');
    }
    return b.toString();
  }

  /**
   * The typed answer against the right one: shared text plain, typed-only text marked
   * {@code [-…-]} (red), missing text {@code {+…+}} (green), so it reads without colour too.
   */
  static List<Span> diff(String label, String typed, String answer) {
    List<Span> out = new ArrayList<>();
    out.add(new Span(label + ": ", 0));
    for (AnswerDiff.Segment seg : AnswerDiff.of(typed, answer)) {
      switch (seg.kind()) {
        case SAME -> out.add(new Span(seg.text(), 1));
        case TYPED -> out.add(new Span(AnswerDiff.marked(List.of(seg)), 2));
        case MISSING -> out.add(new Span(AnswerDiff.marked(List.of(seg)), 3));
        default -> throw new IllegalStateException();
      }
    }
    return out;
  }

  /** The source sentence as spans: style 1 marks the fact (offsets are document offsets). */
  static List<Span> sentence(Question.FactRef f) {
    String s = f.sentence();
    int base = f.sentenceStart() == null ? -1 : f.sentenceStart();
    int a = f.start() - base;
    int b = f.end() - base;
    if (base < 0 || a < 0 || b > s.length() || a > b) {
      // Offsets unusable: find the fact's text in the sentence instead.
      a = f.text() == null ? -1 : s.indexOf(f.text());
      b = a < 0 ? -1 : a + f.text().length();
    }
    if (a < 0) {
      return List.of(Span.plain(s));
    }
    return List.of(new Span(s.substring(0, a), 0), new Span(s.substring(a, b), 1),
        new Span(s.substring(b), 0));
  }
}
