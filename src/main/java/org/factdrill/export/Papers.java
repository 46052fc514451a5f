package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;

/** Shared wording of answers for the printable and flash-card formats. */
public final class Papers {
  private Papers() {}

  /** Label for option {@code i} of question {@code q}, in the alphabet of its language. */
  public static String letter(Question q, int i, boolean upper) {
    return Items.messages(q).letter(i, upper);
  }

  /** The answer in words: the answer text, the option with its letter, True/False, an order. */
  public static String answer(Question q) throws Unsupported {
    Messages m = Items.messages(q);
    return q.accept(new FormatVisitor<String>() {
      @Override
      public String choice(Question.Choice c) throws Unsupported {
        int i = c.options().indexOf(c.answer().text());
        if (i < 0) {
          throw new Unsupported("the answer is not among the options");
        }
        return m.letter(i, false) + ") " + c.answer().text().strip();
      }

      @Override
      public String trueFalse(Question.TrueFalse t) {
        return t.truth() ? m.trueWord() : m.falseWord();
      }

      @Override
      public String timeline(Question.Timeline t) throws Unsupported {
        List<Integer> order = Items.chronology(t);
        if (order.size() != Items.eventTexts(t).size()) {
          throw new Unsupported("timeline has no usable order (answer or event dates)");
        }
        List<String> letters = new ArrayList<>();
        for (int i : order) {
          letters.add(m.letter(i, true));
        }
        return String.join(", ", letters);
      }

      @Override
      protected String typed(Question c) {
        Expected e = Items.expected(c);
        // Accepted alternatives follow the answer, as a teacher marking by hand needs them.
        List<String> also = c.answer().also().stream().map(String::strip)
            .filter(a -> !a.isEmpty() && !a.equals(e.shown())).toList();
        String alternatives = also.isEmpty() ? "" : " / " + String.join(" / ", also);
        if (e instanceof Expected.Numeric n && n.tolerance().signum() > 0) {
          return e.shown() + " (\u00b1" + n.plainTolerance() + ")" + alternatives;
        }
        return e.shown() + alternatives;
      }
    });
  }

  /** The events from earliest to latest, for flash cards. */
  public static List<String> eventsInOrder(Question q) throws Unsupported {
    List<String> events = Items.eventTexts(q);
    List<Integer> order = Items.chronology(q);
    if (order.size() != events.size()) {
      throw new Unsupported("timeline has no usable order (answer or event dates)");
    }
    List<String> out = new ArrayList<>();
    for (int i : order) {
      if (events.get(i).isBlank()) {
        throw new Unsupported("has an event without text");
      }
      out.add(events.get(i));
    }
    return out;
  }

  /** The language of the page: the questions' common language, else English. */
  public static Messages pageMessages(List<Question> questions) {
    String lang = null;
    for (Question q : questions) {
      if (lang == null) {
        lang = q.lang();
      } else if (!lang.equals(q.lang())) {
        return Messages.EN;
      }
    }
    return Messages.of(lang);
  }
}
