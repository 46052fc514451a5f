package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * The spans a text states in running prose for the thing a sentence opens with: "The Valley War
 * began in 1861 and ended in 1865" (a beginning and an end, by the pack's order words), "The
 * Valley War lasted from 1861 to 1865" (a period). Like a bracketed span ({@link NamedSpans}), it
 * bounds the plausible years of a question whose prompt names the thing: a wrong year before the
 * war began or after it ended is ruled out unread.
 */
final class StatedSpans {
  /** A thing's name, its first and last year, and the sentence that states them. */
  record Named(String name, int from, int to, Span sentence) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’\\-־\"״]+");
  /** How many leading words a name may take. */
  private static final int MAX_WORDS = 4;

  private StatedSpans() {}

  /** The named spans the sentences of {@code text} state, from its extracted {@code facts}. */
  static List<Named> of(Language lang, String text, List<Fact> facts) {
    List<Named> out = new ArrayList<>();
    OrderWords order = null;
    Set<String> lower = null;
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      Span s = f.sentence();
      if (!(f.value() instanceof Value.Date) || s == null || s.end() > text.length()) {
        continue;
      }
      int[] span = EventSpans.ends(f);
      if (span == null && i + 1 < facts.size()) {
        Fact g = facts.get(i + 1);
        int a = ScreenFigures.year(f);
        int b = ScreenFigures.year(g);
        if (a > 0 && b > a && s.equals(g.sentence())) {
          order = order == null ? OrderWords.of(lang) : order;
          // "began in 1861" then "and ended in 1865": the first date closes a beginning, the
          // second an end.
          if (order.kind(text.substring(s.start(), f.end())) == OrderWords.Kind.BEGIN
              && order.kind(text.substring(f.end(), g.end())) == OrderWords.Kind.END) {
            span = new int[] {a, b};
          }
        }
      }
      if (span == null || span[1] - span[0] > NamedSpans.MAX_SPAN
          || Periods.exact(text, f)) { // a bracketed span is NamedSpans' own
        continue;
      }
      lower = lower == null ? lowerWords(text) : lower;
      String name = subject(text.substring(s.start(), Math.min(s.end(), f.start())), lower);
      if (name != null) {
        out.add(new Named(name, span[0], span[1], s));
      }
    }
    return out;
  }

  /**
   * The name a sentence opens with: its leading run of capitalised words (a first word the text
   * also writes in lower case, an article, left out), or in a script without case its first two
   * words; null when it opens with no name.
   */
  static String subject(String head, Set<String> lower) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(head);
    while (m.find() && words.size() < MAX_WORDS + 1) {
      words.add(m.group());
    }
    if (words.isEmpty() || words.get(0).codePoints().anyMatch(Character::isDigit)) {
      return null;
    }
    if (caseless(words.get(0))) {
      return words.size() >= 2 && caseless(words.get(1))
          && words.get(1).codePoints().noneMatch(Character::isDigit)
          ? words.get(0) + " " + words.get(1) : null;
    }
    List<String> run = new ArrayList<>();
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) || run.size() == MAX_WORDS) {
        break;
      }
      run.add(w);
    }
    if (!run.isEmpty() && lower.contains(run.get(0).toLowerCase(Locale.ROOT))) {
      run.remove(0);
    }
    return run.isEmpty() ? null : String.join(" ", run);
  }

  private static boolean caseless(String w) {
    return w.codePoints().filter(Character::isLetter)
        .noneMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
  }

  private static Set<String> lowerWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (Character.isLowerCase(m.group().codePointAt(0))) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
