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

  /** The patterns of one script's foreign runs, compiled once per pack (asked of every figure). */
  private record Script(Pattern twoBefore, Pattern oneBefore, Pattern twoAfter, Pattern oneAfter,
      Pattern foreign, Pattern own) {}

  private static final java.util.Map<Language, Script> SCRIPTS =
      LangWords.perLanguage(ForeignRuns::script);

  private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]*)\\)");
  private static final Pattern DIGIT = Pattern.compile("(?s).*\\p{N}.*");

  /** Null for a pack with no script of its own. */
  private static Script script(Language lang) {
    String script = lang.pack().script();
    if (script == null || script.isBlank()) {
      return null;
    }
    String word = "(?:[\\p{L}&&[^\\p{Is" + script + "}]]\\p{M}*)+(?:['’.&-](?:[\\p{L}&&[^\\p{Is"
        + script + "}]]\\p{M}*)+)*";
    String gap = "[\\s\\p{Pd},./:\\p{N}]*";
    return new Script(Pattern.compile("(?u)" + word + "[\\s,]+" + word + gap + "$"),
        Pattern.compile("(?u)" + word + gap + "$"),
        Pattern.compile("(?u)^" + gap + word + "[\\s,]+" + word),
        Pattern.compile("(?u)^" + gap + word),
        Pattern.compile("(?u)(?:[\\p{L}&&[^\\p{Is" + script + "}]]\\p{M}*){2,}"),
        Pattern.compile("(?u)\\p{Is" + script + "}+"));
  }

  /**
   * True when the figure at text[start, end) touches a run of words in another script: two such
   * words before it or after it, or one on each side, with only figures, spaces and joining
   * marks (dashes, commas, full stops, slashes) between.
   */
  static boolean inside(Language lang, String text, int from, int start, int end, int to) {
    Script p = SCRIPTS.get(lang);
    if (p == null) {
      return false;
    }
    String before = text.substring(Math.max(from, start - 80), start);
    String after = text.substring(end, Math.min(to, end + 80));
    return p.twoBefore().matcher(before).find() || p.twoAfter().matcher(after).find()
        || p.oneBefore().matcher(before).find() && p.oneAfter().matcher(after).find();
  }

  /**
   * {@code raw} (a prompt with its hole) without the brackets that hold a name or gloss in
   * another script with a figure in it ("(באנגלית: Great Revolt 1821–1824)"): the figure is not
   * asked, and left in the prompt it would state the answer of the text's own clause. Then
   * without the names glossed in another script ({@link NameGlosses}).
   */
  static String withoutGlosses(Language lang, String raw) {
    Script p = SCRIPTS.get(lang);
    if (p == null) {
      return raw;
    }
    String script = lang.pack().script();
    Pattern foreign = p.foreign();
    Pattern own = p.own();
    java.util.regex.Matcher m = BRACKETS.matcher(raw);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String in = m.group(1);
      if (in.indexOf(PromptBuilder.HOLE) >= 0 || !DIGIT.matcher(in).matches()) {
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
