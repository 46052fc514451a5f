package org.factdrill.bank;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.Phrase;

/**
 * Whether a cloze prompt can be asked: it has exactly one blank, and the answer is not in plain
 * view elsewhere in it. Used by {@code bank validate} and by the TUI editor before it saves.
 */
public final class PromptCheck {
  /** The blank the generator writes: three or more underscores. */
  public static final Pattern BLANK = Pattern.compile("_{3,}");

  private PromptCheck() {}

  /** The problem with a cloze prompt, or empty when it can be asked. */
  public static Optional<Phrase> cloze(String prompt, String answerText) {
    if (prompt == null || prompt.isBlank()) {
      return Optional.empty(); // reported as "missing prompt"
    }
    Matcher m = BLANK.matcher(prompt);
    int blanks = 0;
    while (m.find()) {
      blanks++;
    }
    if (blanks == 0) {
      return Optional.of(Phrase.of("bank.no_blank"));
    }
    if (blanks > 1) {
      return Optional.of(Phrase.of("bank.blanks", blanks));
    }
    if (answerText != null && shows(BLANK.matcher(prompt).replaceAll(" "), answerText)) {
      return Optional.of(Phrase.of("bank.shows_answer", answerText.strip()));
    }
    return Optional.empty();
  }

  /** True when {@code answer} appears in {@code text} as a whole word or figure. */
  static boolean shows(String text, String answer) {
    String a = norm(answer);
    if (a.isEmpty()) {
      return false;
    }
    String t = norm(text);
    int from = 0;
    while (true) {
      int i = t.indexOf(a, from);
      if (i < 0) {
        return false;
      }
      int end = i + a.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(t.codePointBefore(i));
      boolean endOk = end == t.length() || !Character.isLetterOrDigit(t.codePointAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = i + 1;
    }
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }
}
