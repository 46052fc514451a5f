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
 * and {@code *} (any letters: {@code *ed} is a word ending in "ed"). The earliest cue of the
 * clause decides; at one place the longer phrase wins, so "was elected" (an event) outweighs
 * "was" (a copula).
 */
final class StativeClauses {
  private record Cue(Pattern pattern, boolean state, int words) {}

  /** Clause edges: a semicolon, colon, dash or comma. */
  private static final Pattern EDGE = Pattern.compile("[;:,–—]|\\s-\\s");

  private final Map<Language, List<Cue>> cues = new HashMap<>();

  StativeClauses() {
    for (Language l : Language.values()) {
      List<Cue> list = new ArrayList<>();
      for (String line : LangWords.lines(l, "states")) {
        String[] p = line.split("\t", 2);
        if (p.length < 2 || !p[0].strip().equals("state") && !p[0].strip().equals("event")) {
          continue;
        }
        String[] words = p[1].strip().split("\\s+");
        list.add(new Cue(phrase(words), p[0].strip().equals("state"), words.length));
      }
      cues.put(l, list);
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
   * True when the clause of {@code sentence} around the date at {@code [start, end)} (offsets in
   * the sentence) opens its predicate with a state cue.
   */
  boolean stative(Language lang, String sentence, int start, int end) {
    List<Cue> list = cues.getOrDefault(lang, List.of());
    if (list.isEmpty()) {
      return false;
    }
    String clause = clause(sentence, start, end).toLowerCase(Locale.ROOT);
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
   * The clause around the date, with the date itself blanked: from the edge before it to the edge
   * after it; an edge right after an opening date ("In 1905, the town …") does not end it.
   */
  static String clause(String sentence, int start, int end) {
    int from = 0;
    Matcher m = EDGE.matcher(sentence);
    while (m.find() && m.end() <= start) {
      from = m.end();
    }
    int to = sentence.length();
    int after = end;
    String gap = sentence.substring(from, start);
    if (!hasPredicate(gap)) {
      // An opening time phrase: its comma does not close the clause that follows.
      Matcher first = Pattern.compile("^\\s*[,–—]").matcher(sentence.substring(end));
      if (first.find()) {
        after = end + first.end();
      }
    }
    Matcher n = EDGE.matcher(sentence);
    if (n.find(after)) {
      to = n.start();
    }
    return sentence.substring(from, start) + " " + sentence.substring(end, to);
  }

  /** True when the words before a date are more than a preposition and a few qualifiers. */
  private static boolean hasPredicate(String gap) {
    return gap.strip().split("\\s+").length > 3;
  }
}
