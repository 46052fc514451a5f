package org.factdrill.generate;

import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A figure written inside a run of words in another script than the text's ("(באנגלית: Arab
 * Revolt 1936–1939)" in Hebrew prose): it is part of a name or gloss, not a statement of the
 * text. Blanking it leaves the other end of a range or the rest of the name beside the blank;
 * the fact is asked from the clause in the text's own script when that states it.
 */
final class ForeignRuns {
  private ForeignRuns() {}

  /**
   * True when the figure at text[start, end) touches a run of words in another script: two such
   * words before it or after it, or one on each side, with only figures, spaces and joining
   * marks (dashes, commas, full stops, slashes) between.
   */
  static boolean inside(Language lang, String text, int from, int start, int end, int to) {
    String script = lang.pack().script();
    if (script == null || script.isBlank()) {
      return false;
    }
    String word = "(?:[\\p{L}&&[^\\p{Is" + script + "}]]\\p{M}*)+(?:['’.&-](?:[\\p{L}&&[^\\p{Is"
        + script + "}]]\\p{M}*)+)*";
    String gap = "[\\s\\p{Pd},./:\\p{N}]*";
    Pattern twoBefore = Pattern.compile("(?u)" + word + "[\\s,]+" + word + gap + "$");
    Pattern oneBefore = Pattern.compile("(?u)" + word + gap + "$");
    Pattern twoAfter = Pattern.compile("(?u)^" + gap + word + "[\\s,]+" + word);
    Pattern oneAfter = Pattern.compile("(?u)^" + gap + word);
    String before = text.substring(Math.max(from, start - 80), start);
    String after = text.substring(end, Math.min(to, end + 80));
    return twoBefore.matcher(before).find() || twoAfter.matcher(after).find()
        || oneBefore.matcher(before).find() && oneAfter.matcher(after).find();
  }

  /**
   * {@code raw} (a prompt with its hole) without the brackets that hold a name or gloss in
   * another script with a figure in it ("(באנגלית: Great Revolt 1821–1824)"): the figure is not
   * asked, and left in the prompt it would state the answer of the text's own clause. Then
   * without the names glossed in another script ({@link NameGlosses}).
   */
  static String withoutGlosses(Language lang, String raw) {
    String script = lang.pack().script();
    if (script == null || script.isBlank()) {
      return raw;
    }
    Pattern foreign = Pattern.compile("(?u)(?:[\\p{L}&&[^\\p{Is" + script + "}]]\\p{M}*){2,}");
    Pattern own = Pattern.compile("(?u)\\p{Is" + script + "}+");
    java.util.regex.Matcher m = Pattern.compile("\\s*\\(([^()]*)\\)").matcher(raw);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String in = m.group(1);
      if (in.indexOf(PromptBuilder.HOLE) >= 0 || !in.matches("(?s).*\\p{N}.*")) {
        continue;
      }
      int foreignLetters = 0;
      int foreignWords = 0;
      java.util.regex.Matcher f = foreign.matcher(in);
      while (f.find()) {
        foreignWords++;
        foreignLetters += f.group().length();
      }
      int ownLetters = 0;
      java.util.regex.Matcher o = own.matcher(in);
      while (o.find()) {
        ownLetters += o.group().length();
      }
      if (foreignWords >= 2 && foreignLetters > ownLetters) {
        out.append(raw, last, m.start());
        last = m.end();
      }
    }
    return NameGlosses.without(script, last == 0 ? raw : out.append(raw.substring(last)).toString());
  }
}
