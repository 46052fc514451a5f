package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.factdrill.bank.PromptCheck;
import org.factdrill.bank.Question;

/**
 * The texts of a question that the audit's time checks read as a student reads them: a cloze's,
 * choice's or true/false's prompt with its blank filled by the answer, and every event's text.
 */
final class AskedTexts {
  private AskedTexts() {}

  /** The prompt with the answer in its blank (cloze, choice, true/false), then each event's text. */
  static List<String> of(Question q, String prompt) {
    List<String> texts = new ArrayList<>();
    String type = q.type().json();
    if (type.equals("cloze") || type.equals("choice") || type.equals("truefalse")) {
      String blank = q.answer().text() == null ? "" : q.answer().text();
      texts.add(PromptCheck.BLANK.matcher(prompt).replaceAll(Matcher.quoteReplacement(blank)));
    }
    q.events().forEach(e -> texts.add(e.text() == null ? "" : e.text()));
    return texts;
  }
}
