package org.factdrill.study;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import org.factdrill.bank.Question;

/** Decides whether a typed answer (or chosen option) answers a question. */
public final class AnswerChecker {

  public Verdict check(Question q, String typed) {
    String t = typed == null ? "" : typed.strip();
    if (t.isEmpty()) {
      return Verdict.wrong("no answer");
    }
    switch (q.type()) {
      case CHOICE: {
        int pick = parseIndex(t, q.options().size());
        String chosen = pick >= 0 ? q.options().get(pick) : t;
        return same(chosen, q.answer().text()) ? Verdict.correct("right option")
            : Verdict.wrong("other option");
      }
      case TRUEFALSE: {
        Boolean said = parseBool(t);
        if (said == null) {
          return Verdict.wrong("answer t (true) or f (false)");
        }
        return said.equals(q.truth()) ? Verdict.correct("right") : Verdict.wrong("wrong");
      }
      default:
        break;
    }
    if (same(t, q.answer().text())) {
      return Verdict.correct("exact");
    }
    BigDecimal typedNum = digits(t);
    BigDecimal want = digits(q.answer().text());
    if (typedNum != null && want != null && typedNum.compareTo(want) == 0) {
      return Verdict.correct("same number");
    }
    return Verdict.wrong("different");
  }

  static int parseIndex(String t, int n) {
    if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) < '1' + n) {
      return t.charAt(0) - '1';
    }
    return -1;
  }

  static Boolean parseBool(String t) {
    String s = t.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "t", "true", "y", "yes", "1", "đúng", "d", "נכון" -> true;
      case "f", "false", "n", "no", "0", "2", "sai", "s", "לא נכון" -> false;
      default -> null;
    };
  }

  private static boolean same(String a, String b) {
    return norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }

  private static BigDecimal digits(String s) {
    String d = s.replaceAll("[\\s,.\u00a0']", "");
    if (!d.matches("-?\\d+")) {
      return null;
    }
    return new BigDecimal(d);
  }
}
