package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.RowClause;

/**
 * Within one sentence, a subject pronoun opening a clause after a semicolon ("The trust raised
 * $4 million in 1971; it spent $1 million in 1972; it closed in 1975.") stands for that sentence's
 * own subject, not for anything before the sentence. When a long sentence is cut to the clause
 * that holds the blank, that clause is asked with the subject written in place of the pronoun
 * ("The trust spent _____ in 1972 …"), so it neither points back nor needs the sentence before.
 * The subject is the words before the sentence's first finite verb ({@link RowClause#firstVerb}),
 * only when they are a short plain noun phrase: no comma, figure, bracket or quote (a fronted
 * "In 1971, the trust" or a name with a date is no subject to copy).
 */
final class SeriesSubject {
  /** A subject copied into a later clause is this many words at most. */
  private static final int MAX_WORDS = 6;
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}'’.\\-]+(?: [\\p{L}\\p{M}'’.\\-]+)*");
  /** The kept clause as the cut writes it: an ellipsis, then its first word. */
  private static final Pattern OPENING = Pattern.compile("^…\\s*([\\p{L}\\p{M}]+)\\b");

  private SeriesSubject() {}

  /**
   * {@code template} (a cut that keeps a later clause, "… it spent _____ …") with the opening
   * pronoun replaced by the subject of {@code sentence}, when the clause follows a semicolon of
   * that sentence before {@code factAt} (the blank's offset in it); else null.
   */
  static String carried(Language lang, String sentence, int factAt, String template,
      Set<String> pronouns) {
    Matcher open = OPENING.matcher(template);
    if (!open.find() || !pronouns.contains(open.group(1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int semi = sentence.lastIndexOf(';', Math.max(0, factAt - 1));
    if (semi <= 0 || !sentence.substring(semi + 1).stripLeading().regionMatches(true, 0,
        open.group(1), 0, open.group(1).length())) {
      return null; // the pronoun does not open the clause after the sentence's own semicolon
    }
    String subject = subject(lang, sentence.substring(0, sentence.indexOf(';')));
    if (subject == null || pronouns.contains(subject.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String rest = template.substring(open.end());
    return subject + rest;
  }

  /** The words before the first clause's verb, when they are a short plain noun phrase. */
  static String subject(Language lang, String clause) {
    int verb = RowClause.firstVerb(lang, clause);
    if (verb <= 0) {
      return null;
    }
    String s = clause.substring(0, verb).strip();
    if (s.isEmpty() || !PLAIN.matcher(s).matches() || s.split(" ").length > MAX_WORDS
        || !Character.isUpperCase(s.codePointAt(0)) && Character.isLowerCase(s.codePointAt(0))) {
      return null;
    }
    return s;
  }
}
