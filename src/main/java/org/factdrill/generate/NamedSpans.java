package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * The spans a document gives things by name: a period in brackets right after a name ("Amadeo
 * Varkos (1883–1953)", "the Korean War (1950–1953)") is that person's life or that war. A
 * question whose prompt or context line names it, and whose answer lies inside it, takes its wrong
 * years inside it too: a year after the person's death or before the war began is ruled out by a
 * student who knows only the dates the text gave. An answer in the span's first or last year is
 * inside it as well (choice16): an event of the war's last year has no wrong year after the war.
 * Its options then lie on one side of it, which tells nothing, as answers lie at either end of
 * their options one time in two anyway (their rank is drawn at random), and the student is not
 * told that the answer is the war's last year. The span's own ends are not bounded by it: the
 * sentence stating it is where a student learns it.
 */
final class NamedSpans {
  /** Longer than a life: a bracketed period this long names no one thing. */
  static final int MAX_SPAN = 120;

  private NamedSpans() {}

  /**
   * As {@link #within(String, List, int, String, String)}, and inside every span the text states
   * in running prose ({@link StatedSpans}: "The Valley War began in 1861 and ended in 1865") for
   * a thing the prompt names.
   */
  static IntPredicate within(Language lang, String text, List<Fact> extracted, int answerYear,
      int at, String template, String contextLine) {
    IntPredicate bracketed = bracketed(lang, text, extracted, answerYear, at, template,
        contextLine);
    if (answerYear <= 0) {
      return bracketed;
    }
    String shown = template + "\n" + (contextLine == null ? "" : contextLine);
    int lo = Integer.MIN_VALUE;
    int hi = Integer.MAX_VALUE;
    for (StatedSpans.Named n : StatedSpans.of(lang, text, extracted)) {
      if (n.from() <= answerYear && answerYear <= n.to() && shown.contains(n.name())
          && !(n.sentence().start() <= at && at < n.sentence().end())) {
        lo = Math.max(lo, n.from());
        hi = Math.min(hi, n.to());
      }
    }
    final int from = lo;
    final int to = hi;
    return bracketed.and(y -> y < 0 || y >= from && y <= to);
  }

  /**
   * Accepts wrong years inside every named span that holds the answer (at {@code at} in the text,
   * not inside the span's own bracket) and the prompt names.
   */
  static IntPredicate within(String text, List<Fact> extracted, int answerYear, int at,
      String template, String contextLine) {
    return bracketed(null, text, extracted, answerYear, at, template, contextLine);
  }

  /**
   * As above; a name that opens with an article of {@code lang} ("The Tarn War (1846–1851) was
   * …", capitalised by its place in the sentence) is named by a prompt that writes it without
   * the article or in lower case ("… ending the Tarn War"): the article is no part of the name.
   */
  static IntPredicate bracketed(Language lang, String text, List<Fact> extracted,
      int answerYear, int at, String template, String contextLine) {
    if (answerYear <= 0) {
      return y -> true;
    }
    String shown = template + "\n" + (contextLine == null ? "" : contextLine);
    int lo = Integer.MIN_VALUE;
    int hi = Integer.MAX_VALUE;
    for (Fact p : extracted) {
      int[] span = p.value() instanceof Value.Date d && d.isRange()
          ? YearOptions.period(d.iso()) : null;
      if (span == null || span[1] - span[0] > MAX_SPAN || answerYear < span[0]
          || answerYear > span[1] || p.start() <= at && at < p.end() || !Periods.exact(text, p)) {
        continue;
      }
      String name = name(text, text.lastIndexOf('(', p.start()));
      if (name != null && (shown.contains(name) || shown.contains(withoutArticle(lang, name)))) {
        lo = Math.max(lo, span[0]);
        hi = Math.min(hi, span[1]);
      }
    }
    final int from = lo;
    final int to = hi;
    return y -> y < 0 || y >= from && y <= to;
  }

  /**
   * The name written right before the bracket at {@code open}: its run of capitalised words (up
   * to four), or in a script without case its last two words; null when there is none.
   */
  static String name(String text, int open) {
    String before = text.substring(Math.max(0, open - 80), Math.max(0, open));
    // A line above (a title, a heading) is no part of the name the bracket follows.
    before = before.substring(before.lastIndexOf('\n') + 1).strip();
    String[] words = before.split("\\s+");
    List<String> run = new ArrayList<>();
    boolean cased = false;
    for (int i = words.length - 1; i >= 0 && run.size() < 4; i--) {
      String w = words[i].replaceAll("[^\\p{L}\\p{M}\\p{N}'’\\-]", "");
      if (w.isEmpty() || !words[i].equals(w) && i < words.length - 1) {
        break; // punctuation ends the name
      }
      int c = w.codePointAt(0);
      cased |= Character.isUpperCase(c) || Character.isLowerCase(c);
      if (Character.isUpperCase(c) || Character.isDigit(c) && !run.isEmpty()) {
        run.add(0, w);
      } else {
        break;
      }
    }
    if (!run.isEmpty()) {
      return String.join(" ", run);
    }
    if (cased || words.length < 2) {
      return null;
    }
    String a = words[words.length - 2];
    String b = words[words.length - 1];
    return a.matches("[\\p{L}\\p{M}'\"׳״\\-]+") && b.matches("[\\p{L}\\p{M}'\"׳״\\-]+")
        ? a + " " + b : null;
  }

  /** {@code name} without a leading article of {@code lang} (pack {@code definite-articles}). */
  static String withoutArticle(Language lang, String name) {
    int sp = name.indexOf(' ');
    if (lang == null || sp < 0) {
      return name;
    }
    String first = name.substring(0, sp).toLowerCase(lang.pack().locale());
    return lang.pack().words("definite-articles").contains(first) ? name.substring(sp + 1) : name;
  }

  /**
   * True when {@code window} rules out a year near {@code answerYear}: a span the prompt names
   * (or the context line shows) holds the options, so they stay inside it.
   */
  static boolean bounds(IntPredicate window, int answerYear) {
    if (answerYear <= 0) {
      return false;
    }
    for (int k = 1; k <= MAX_SPAN; k++) {
      if (!window.test(answerYear + k) || answerYear - k > 0 && !window.test(answerYear - k)) {
        return true;
      }
    }
    return false;
  }
}
