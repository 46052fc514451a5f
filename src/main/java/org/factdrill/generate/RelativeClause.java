package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A relative clause set off inside a long sentence ("… by the delegates of Belvania (which became
 * independent in 1871 after …), and …", "…, which became independent in 1871, …") is a clause of
 * its own: with its antecedent, a proper name, for subject it is asked by itself ("Belvania became
 * independent in _____ after …."), when no cut of the whole sentence keeps the blank's clause.
 * Only a set-off clause (in brackets, or between two commas) whose antecedent is a capitalised
 * name right before it: a clause running to the sentence's end may say something of the whole
 * clause before it (", which led to …"); not, between commas, a name that ends a longer phrase
 * ("the capital of Belvania, which …": which of the two it describes is not told). Pack settings {@code relative-pronouns}, {@code relative-name-heads}.
 */
final class RelativeClause {
  /** A name of at most this many words is the antecedent. */
  private static final int NAME_WORDS = 6;

  private final Pattern opener;
  /** Words after which a name ends a longer phrase whose head the clause may describe ("of"). */
  private final Set<String> heads;

  private RelativeClause(Pattern opener, Set<String> heads) {
    this.opener = opener;
    this.heads = heads;
  }

  /** The language's relative clauses; one that finds none where the pack lists no pronouns. */
  static RelativeClause of(Language lang) {
    String p = lang.pack().setting("relative-pronouns", "").strip();
    String h = lang.pack().setting("relative-name-heads", "").strip().toLowerCase(Locale.ROOT);
    return new RelativeClause(p.isEmpty() ? null
        : Pattern.compile("(?:\\(|,\\s)(?:" + p.toLowerCase(Locale.ROOT) + ")\\s"),
        h.isEmpty() ? Set.of() : Set.of(h.split("\\|")));
  }

  /**
   * The relative clause holding the hole of {@code cleaned}, asked with its antecedent as
   * subject, or null. {@code w}'s words open a phrase rather than name ("In", "After"
   * capitalised at a sentence's start); its connectives and subordinators ("and") end a name.
   */
  String asked(String cleaned, int whole, CleanCut.Words w) {
    int hole = cleaned.indexOf(PromptBuilder.HOLE);
    if (opener == null || hole < 0) {
      return null;
    }
    Matcher m = opener.matcher(cleaned);
    int open = -1;
    int body = -1;
    while (m.find() && m.end() <= hole) {
      open = m.start();
      body = m.end();
    }
    if (open <= 0) {
      return null;
    }
    boolean bracket = cleaned.charAt(open) == '(';
    String between = cleaned.substring(body, hole);
    int close = bracket ? cleaned.indexOf(')', hole) : cleaned.indexOf(", ", hole);
    if (close < 0 || between.indexOf(bracket ? ')' : ',') >= 0 || between.indexOf('(') >= 0
        || (bracket ? cleaned.indexOf('(', body) : -1) >= 0 && cleaned.indexOf('(', body) < close) {
      return null; // not set off, or the hole is past the clause's end
    }
    String clause = cleaned.substring(body, close).strip();
    // Brackets annotate the word right before them; a comma clause may describe the head of a
    // longer phrase the name ends ("the capital of Belvania, which …").
    String name = antecedent(cleaned.substring(0, open), w, bracket ? Set.of() : heads);
    if (name == null || clause.indexOf(';') >= 0) {
      return null;
    }
    String t = name + " " + clause.replaceAll("[,:\\s]+$", "") + ".";
    return t.length() <= whole ? t : null;
  }

  /**
   * The capitalised name that ends {@code before}: capitalised words, with lower-case joining
   * words ("of", "the") between them; null when the last word is not capitalised.
   */
  private static String antecedent(String before, CleanCut.Words cw, Set<String> heads) {
    String[] w = before.strip().split("\\s+");
    int i = w.length - 1;
    if (i < 0 || !capitalised(w[i])) {
      return null;
    }
    int first = i;
    int words = 0;
    for (int k = i; k >= 0 && words < NAME_WORDS; k--) {
      String x = w[k];
      if (x.matches(".*[,;:.()\\[\\]\"“”].*") && k != i) {
        break; // a mark before the name ends it
      }
      String lower = x.toLowerCase(Locale.ROOT);
      if (capitalised(x) && !cw.timeWords().contains(lower) && !opens(cw, lower)) {
        first = k;
      } else if (!x.matches("\\p{Ll}{1,3}") || opens(cw, x) || first != k + 1) {
        break; // one "of", "the", "de" joins a name; "and", "by", two words, any other end it
      }
      words++;
    }
    if (first > 0 && heads.contains(w[first - 1].toLowerCase(Locale.ROOT))) {
      return null; // "the capital of Belvania, which …": the capital or Belvania
    }
    StringBuilder b = new StringBuilder();
    for (int k = first; k <= i; k++) {
      b.append(k > first ? " " : "").append(w[k]);
    }
    return b.toString();
  }

  private static boolean opens(CleanCut.Words cw, String lower) {
    return cw.subordinators().contains(lower) || cw.connectives().contains(lower);
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && word.codePoints().filter(Character::isLetter).count() >= 2;
  }
}
