package org.factdrill.study;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.bank.Question;

/**
 * The false statements a true/false card can show, so that it does not always show the same one
 * (a learner would learn the sentence, not the fact). A false statement is its sentence with a
 * wrong value where the fact's value stands; a multiple-choice question of the same card holds
 * that sentence with a blank ({@value #BLANK}) and its wrong options. When the statement is that
 * sentence with something else in the blank, each wrong option (never the right answer) makes
 * another false statement. A statement edited by hand, or a card without a choice question,
 * keeps its one statement.
 */
public final class FalseStatements {
  /** The blank of cloze and choice prompts (generate.PromptBuilder). */
  static final String BLANK = "_____";

  private FalseStatements() {}

  /**
   * The statements {@code tf} can show: its own prompt first, then one per other wrong option of
   * a choice question among {@code cardQuestions}. Only the prompt for a true statement.
   */
  public static List<String> of(Question.TrueFalse tf, List<Question> cardQuestions) {
    List<String> out = new ArrayList<>();
    String stated = tf.prompt();
    out.add(stated);
    if (tf.truth() || tf.isEdited() || stated == null) {
      return out;
    }
    for (Question q : cardQuestions) {
      if (!(q instanceof Question.Choice c) || c.isDisabled()) {
        continue;
      }
      String p = c.prompt();
      int blank = p == null ? -1 : p.indexOf(BLANK);
      if (blank < 0 || p.indexOf(BLANK, blank + 1) >= 0) {
        continue;
      }
      String before = p.substring(0, blank);
      String after = p.substring(blank + BLANK.length());
      if (!stated.startsWith(before) || !stated.endsWith(after)
          || stated.length() <= before.length() + after.length()) {
        continue;
      }
      String shownValue = stated.substring(before.length(), stated.length() - after.length());
      String right = c.answer().text();
      if (shownValue.equals(right)) {
        continue; // not this card's false statement after all
      }
      for (String option : c.options()) {
        String s = before + option + after;
        if (!option.equals(right) && !option.isBlank() && !out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * {@code tf} as it is shown this time: one of its false statements, picked from
   * {@code seed}, the card and how often it has been answered, so each showing may differ while
   * a test (fixed seed) sees the same sequence every run.
   */
  public static Question pick(Question.TrueFalse tf, List<Question> cardQuestions, long seed,
      int reps) {
    List<String> all = of(tf, cardQuestions);
    if (all.size() < 2) {
      return tf;
    }
    int i = new SplittableRandom(seed * 1_000_003L + tf.cardId().hashCode() * 31L + reps)
        .nextInt(all.size());
    return i == 0 ? tf : tf.withHeader(tf.header().withPrompt(all.get(i)));
  }
}
