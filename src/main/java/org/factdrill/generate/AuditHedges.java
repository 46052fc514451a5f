package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.PromptCheck;
import org.factdrill.bank.Question;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * The audit's check of honest options ({@link BankAudit}): after a hedge of the pack next to the
 * blank ("more than", "under", "about"), a wrong option the hedge makes true (a smaller one after
 * "more than", a larger one after "less than", one within reach of "about"), and a false
 * true/false statement whose changed figure stands under such a hedge and so is still true.
 */
final class AuditHedges {
  /** Compiled once: splits every figure the auditor reads. */
  private static final Pattern DIGIT_EDGES = Pattern.compile("(?=[^\\d])|(?<=[^\\d])");

  /** A figure as written: digits, with group or decimal separators between digits. */
  private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,\\u00a0\\u202f ]\\d+)*");

  private final HedgePolicy policy = new HedgePolicy();
  private final DateSides dateSides = new DateSides();

  void check(Language lang, Question q, BankAudit.Sink s) {
    String type = q.type().json();
    if (type.equals("choice")) {
      choice(lang, q, s);
    } else if (type.equals("truefalse") && q instanceof Question.TrueFalse tf && !tf.truth()) {
      statement(lang, tf, s);
    }
  }

  private void choice(Language lang, Question q, BankAudit.Sink s) {
    String prompt = q.prompt() == null ? "" : q.prompt();
    Matcher blank = PromptCheck.BLANK.matcher(prompt);
    if (!blank.find() || q.answer().text() == null) {
      return;
    }
    String before = prompt.substring(0, blank.start());
    Matcher am = FIGURE.matcher(q.answer().text());
    if (!am.find()) {
      return;
    }
    String aTail = tail(q.answer().text(), am.end());
    BigDecimal a = scaled(lang, value(lang.pack(), am.group()), aTail);
    for (String o : q.options()) {
      Matcher m = FIGURE.matcher(o);
      if (o.strip().equals(q.answer().text().strip()) || !m.find()
          || !tail(o, m.end()).equals(aTail)) {
        continue; // the answer, or an option of another shape (another scale word)
      }
      BigDecimal d = scaled(lang, value(lang.pack(), m.group()), aTail);
      HedgePolicy.Side side = side(lang, q, before + o.substring(0, m.start()),
          prompt.substring(blank.end()));
      if (a != null && d != null && trueUnder(side, a, d)) {
        s.hit(BankAudit.Category.HEDGE, BankAudit.around(before, before.length(), before.length())
            + "_____ : " + o + " (answer " + q.answer().text() + ")");
      }
    }
  }

  /** A false statement: the one figure of the prompt its source sentence does not hold. */
  private void statement(Language lang, Question.TrueFalse q, BankAudit.Sink s) {
    String prompt = q.prompt() == null ? "" : q.prompt();
    String sentence = q.facts().isEmpty() ? null : q.facts().get(0).sentence();
    if (sentence == null || q.answer().text() == null) {
      return;
    }
    List<String> source = new ArrayList<>();
    Matcher sm = FIGURE.matcher(sentence);
    while (sm.find()) {
      source.add(sm.group().replaceAll("\\s", ""));
    }
    Matcher pm = FIGURE.matcher(prompt);
    int at = -1;
    String changed = null;
    while (pm.find()) {
      if (!source.remove(pm.group().replaceAll("\\s", ""))) {
        if (changed != null) {
          return; // more than one figure differs: cannot tell which is the changed one
        }
        changed = pm.group();
        at = pm.start();
      }
    }
    Matcher am = FIGURE.matcher(q.answer().text());
    if (changed == null || !am.find()) {
      return;
    }
    BigDecimal a = scaled(lang, value(lang.pack(), am.group()), tail(q.answer().text(), am.end()));
    BigDecimal d = scaled(lang, value(lang.pack(), changed), tail(prompt, at + changed.length()));
    HedgePolicy.Side side = side(lang, q, prompt.substring(0, at),
        prompt.substring(at + changed.length()));
    if (a != null && d != null && trueUnder(side, a, d)) {
      s.hit(BankAudit.Category.HEDGE, BankAudit.around(prompt, at, at + changed.length())
          + " (true value " + q.answer().text() + ")");
    }
  }

  /**
   * The side wrong values must lie on: a figure's by the pack's hedges; a date's only where its
   * bound words ({@link DateSides}: "until 1990", a later end false) read it the same way, since a
   * word that is a hedge before a count ("up to", Hebrew "עד") means "until" before a date.
   */
  private HedgePolicy.Side side(Language lang, Question q, String before, String after) {
    HedgePolicy.Side hedge = policy.side(lang, before);
    boolean date = !q.facts().isEmpty() && "date".equals(q.facts().get(0).kind());
    // A date is judged only where both readings agree: the bound word's ("until" an end) and the
    // hedge's ("up to" a count); inside a period the generator narrows it, which neither reads.
    return !date || dateSides.bound(lang, before, after) == hedge ? hedge : HedgePolicy.Side.EITHER;
  }

  /** True when the hedged statement with {@code d} in place of {@code a} is still true. */
  static boolean trueUnder(HedgePolicy.Side side, BigDecimal a, BigDecimal d) {
    int c = d.compareTo(a);
    return switch (side) {
      case ABOVE, ABOVE_SURE -> c < 0;
      case BELOW, BELOW_SURE -> c > 0;
      case AROUND -> c != 0 && !HedgeMargin.clearOf(a, d);
      default -> false;
    };
  }

  /**
   * The figure times the pack's scale numeral written after it ("2 million", "3 triệu"): the
   * hedge's reach is a share of the whole amount, and one unit of "2 million" is a million.
   */
  private static BigDecimal scaled(Language lang, BigDecimal v, String next) {
    LanguagePack.Numeral n = lang.pack().numerals().get(next);
    return v == null || n == null || n.role() != LanguagePack.Role.SCALE ? v
        : v.multiply(BigDecimal.valueOf(n.value()));
  }

  /** The word right after a figure (its scale or unit), lower-case; empty when none. */
  private static String tail(String s, int end) {
    String rest = s.substring(end).strip();
    int sp = rest.indexOf(' ');
    return BankAudit.lower(sp < 0 ? rest : rest.substring(0, sp));
  }

  /**
   * A figure's value: a separator followed by exactly three digits (and more groups) that is the
   * pack's group separator or a space groups thousands; the pack's decimal separator is a point.
   */
  static BigDecimal value(LanguagePack pack, String figure) {
    String g = String.valueOf(pack.groupSeparator());
    char dec = pack.decimalSeparator();
    StringBuilder b = new StringBuilder();
    String[] parts = DIGIT_EDGES.split(figure);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || Character.isDigit(p.charAt(0))) {
        b.append(p);
        continue;
      }
      boolean group = (p.equals(g) || p.isBlank()) && i + 1 < parts.length
          && parts[i + 1].length() == 3;
      if (group) {
        continue;
      }
      if (p.charAt(0) == dec && b.indexOf(".") < 0) {
        b.append('.');
      } else {
        break; // another separator: the figure ends here
      }
    }
    try {
      return b.length() == 0 ? null : new BigDecimal(b.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
