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
      String head = text.substring(s.start(), Math.min(s.end(), f.start()));
      String name = subject(head, lower);
      if (name != null) {
        out.add(new Named(name, span[0], span[1], s));
      }
      for (String other : subjectsAfterComma(lang, head)) {
        if (!other.equals(name)) {
          out.add(new Named(other, span[0], span[1], s));
        }
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

  /**
   * The names a sentence gives its subject after a fronted phrase or in apposition ("In the
   * north, the Tarn War raged from …", "Their last conflict, the Tarn War, lasted from …"): a run
   * of capitalised words after an article of the language that follows a comma, the run followed
   * by a comma or by a word that is no function word (its verb), not by "and" (a list of several
   * things shares no one span). An article after a preposition ("by the Brevian Army") introduces
   * an object, not the thing whose period the clause states, and is not read.
   */
  static List<String> subjectsAfterComma(Language lang, String head) {
    List<String> out = new ArrayList<>();
    Set<String> articles = lang.pack().words("definite-articles");
    if (articles.isEmpty() || head.indexOf(',') < 0) {
      return out;
    }
    Set<String> function = lang.pack().words("function-words");
    Locale locale = lang.pack().locale();
    Matcher m = WORD.matcher(head);
    List<String> words = new ArrayList<>();
    List<Boolean> afterComma = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      afterComma.add(head.substring(last, m.start()).contains(","));
      words.add(m.group());
      last = m.end();
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!afterComma.get(i) || !articles.contains(words.get(i).toLowerCase(locale))) {
        continue;
      }
      int j = i + 1;
      while (j < words.size() && j - i - 1 < MAX_WORDS
          && Character.isUpperCase(words.get(j).codePointAt(0))
          && (j == i + 1 || !afterComma.get(j))) {
        j++;
      }
      if (j == i + 1) {
        continue;
      }
      // the run ends at the date's own preposition ("…, the Tarn War from 1846 to 1851")
      boolean ends = j >= words.size() - 1 || afterComma.get(j)
          || !function.contains(words.get(j).toLowerCase(locale))
          && !Character.isUpperCase(words.get(j).codePointAt(0));
      if (ends) {
        out.add(String.join(" ", words.subList(i + 1, j)));
      }
    }
    return out;
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
