package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Whether the clause holding a date states a state at that time ("In 1905 the town had 12
 * schools", "In 1920 he was the mayor") rather than an event ("was founded", "had been
 * destroyed"). A state held at a year may hold in other years too, so a wrong year does not make
 * the statement false without doubt. The cues are the pack's {@code states.txt}: each line a
 * kind ({@code state} or {@code event}) and a phrase whose words may hold {@code |} (either word)
 * and {@code *} (any letters: {@code *ed} is a word ending in "ed"). Only a clause the date opens
 * is read, and only a year, decade or century: a day or month names the time of an event
 * ("on 7 October the two sides had a meeting"). The earliest cue of the clause decides; at one place the longer phrase wins, so "was elected" (an event) outweighs
 * "was" (a copula).
 */
final class StativeClauses {
  private record Cue(Pattern pattern, boolean state, int words) {}

  /**
   * Words of continuation ("still", "remained"; kind {@code lasting} in {@code states.txt}): a
   * clause holding one tells a state that went on before and after its date, wherever the date
   * stands in it ("The workshops were still in use in 1925"): no other date is false without
   * doubt.
   */
  private final Map<Language, List<Pattern>> lasting = new HashMap<>();

  /** Clause edges: a semicolon, colon, dash or comma. */
  private static final Pattern EDGE = Pattern.compile("[;:,–—]|\\s-\\s");

  private final Map<Language, List<Cue>> cues = new HashMap<>();

  StativeClauses() {
    for (Language l : Language.values()) {
      List<Cue> list = new ArrayList<>();
      List<Pattern> lasts = new ArrayList<>();
      for (String line : LangWords.lines(l, "states")) {
        String[] p = line.split("\t", 2);
        if (p.length == 2 && p[0].strip().equals("lasting")) {
          lasts.add(phrase(p[1].strip().split("\\s+")));
          continue;
        }
        if (p.length < 2 || !p[0].strip().equals("state") && !p[0].strip().equals("event")) {
          continue;
        }
        String[] words = p[1].strip().split("\\s+");
        list.add(new Cue(phrase(words), p[0].strip().equals("state"), words.length));
      }
      cues.put(l, list);
      lasting.put(l, lasts);
    }
  }

  private static Pattern phrase(String[] words) {
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        re.append("\\s+");
      }
      List<String> alts = new ArrayList<>();
      for (String w : words[i].split("\\|")) {
        alts.add(Pattern.quote(w).replace("*", "\\E[\\p{L}\\p{M}]*\\Q"));
      }
      re.append("(?:").append(String.join("|", alts)).append(')');
    }
    return Pattern.compile(re.append("(?![\\p{L}\\p{M}\\p{N}])").toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * True when the clause of {@code sentence} that the date at {@code [start, end)} (offsets in the
   * sentence) opens has a state cue for its predicate.
   */
  boolean stative(Language lang, String sentence, int start, int end) {
    List<Cue> list = cues.getOrDefault(lang, List.of());
    if (list.isEmpty()) {
      return false;
    }
    String clause = clause(sentence, start, end);
    if (clause == null) {
      return false;
    }
    clause = clause.toLowerCase(Locale.ROOT);
    int at = Integer.MAX_VALUE;
    Cue best = null;
    for (Cue c : list) {
      Matcher m = c.pattern().matcher(clause);
      if (m.find() && (m.start() < at || m.start() == at && c.words() > best.words())) {
        at = m.start();
        best = c;
      }
    }
    return best != null && best.state();
  }

  /**
   * True when the clause of {@code sentence} holding the date at {@code [start, end)} holds a
   * word of continuation ({@code lasting}), before or after the date.
   */
  boolean lasting(Language lang, String sentence, int start, int end) {
    List<Pattern> list = lasting.getOrDefault(lang, List.of());
    if (list.isEmpty()) {
      return false;
    }
    int from = 0;
    Matcher m = EDGE.matcher(sentence);
    while (m.find() && m.end() <= start) {
      from = m.end();
    }
    int after = end;
    Matcher first = Pattern.compile("^\\s*[,–—]").matcher(sentence.substring(end));
    if (first.find() && !hasPredicate(sentence.substring(from, start))) {
      after = end + first.end(); // "Năm 1925, xưởng … vẫn …": the opening time phrase's comma
    }
    int to = sentence.length();
    Matcher n = EDGE.matcher(sentence);
    if (n.find(after)) {
      to = n.start();
    }
    String clause = sentence.substring(from, start) + " " + sentence.substring(after, to);
    for (Pattern p : list) {
      if (p.matcher(clause).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause a date opens ("In 1905, the town had …", the comma after the opening time phrase
   * not ending it), up to the next edge; null when the date does not open its clause. A date
   * after the predicate may belong to a noun inside it ("was the site of the surrender on …"),
   * whose event a wrong year does make false, so only an opening date frames the whole clause.
   */
  static String clause(String sentence, int start, int end) {
    int from = 0;
    Matcher m = EDGE.matcher(sentence);
    while (m.find() && m.end() <= start) {
      from = m.end();
    }
    if (hasPredicate(sentence.substring(from, start))) {
      return null;
    }
    int after = end;
    Matcher first = Pattern.compile("^\\s*[,–—]").matcher(sentence.substring(end));
    if (first.find()) {
      after = end + first.end();
    }
    int to = sentence.length();
    Matcher n = EDGE.matcher(sentence);
    if (n.find(after)) {
      to = n.start();
    }
    return sentence.substring(end, to);
  }

  /** True when the words before a date are more than a preposition and a few qualifiers. */
  private static boolean hasPredicate(String gap) {
    return gap.strip().split("\\s+").length > 3;
  }
}
