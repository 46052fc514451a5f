package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.RowClause;

/**
 * A row of a dictionary's list of rulers read as a sentence: noun phrases set off by commas and a
 * count of years last ("Name, label-noun copula Name, N year-unit."): a name, then appositions
 * that each give a title ("niên hiệu là X", "era name X": lower-case label words, the pack's
 * copula or none, a name), then the reign as a count. The copula inside such an apposition is no
 * predicate of the sentence; with no verb outside the appositions the line tells no event. Pack
 * data only: {@code copulas}, {@code year-units}, {@code function-words}; scripts with capitals.
 */
final class ReignCountRow {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
  /** The count of years closing the row: a bare figure and one word. */
  private static final Pattern COUNT = Pattern.compile("\\p{N}{1,3}\\s+([\\p{L}\\p{M}]+)");
  /** A label of an apposition is at most this many lower-case words. */
  private static final int LABEL_WORDS = 3;

  private ReignCountRow() {}

  /** True when {@code s} is names and title appositions set off by commas, then ", N years". */
  static boolean is(Language lang, String s) {
    String t = s.strip().replaceFirst("[.;]+$", "").strip();
    String[] parts = t.split(",");
    if (parts.length < 2) {
      return false;
    }
    Matcher c = COUNT.matcher(parts[parts.length - 1].strip());
    if (!c.matches() || !lang.pack().words("year-units").contains(c.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Set<String> copulas = lang.pack().words("copulas");
    Set<String> function = lang.pack().words("function-words");
    int dated = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (i > 0 && dated == 0 && RowTimePart.is(lang, parts[i])) {
        dated++; // "thống nhất từ năm canh-thìn 1640": the row's own date, one part
        continue;
      }
      if (!(name(parts[i], function) || i > 0 && apposition(lang, parts[i], copulas, function))) {
        return false;
      }
    }
    return true;
  }

  /** Every word capitalised (or a function word), at least one capitalised. */
  private static boolean name(String part, Set<String> function) {
    Matcher m = WORD.matcher(part);
    boolean any = false;
    int rest = 0;
    while (m.find()) {
      boolean cap = Character.isUpperCase(m.group().codePointAt(0));
      any |= cap;
      if (!cap && !function.contains(m.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
      rest++;
    }
    return any && rest > 0 && !part.matches(".*\\p{N}.*");
  }

  /**
   * "label-noun [copula] Name": one to three lower-case words holding no verb of the pack, a
   * copula or none, then a name.
   */
  private static boolean apposition(Language lang, String part, Set<String> copulas,
      Set<String> function) {
    Matcher m = WORD.matcher(part);
    int label = 0;
    int start = -1;
    while (m.find()) {
      String w = m.group();
      if (Character.isUpperCase(w.codePointAt(0))) {
        start = m.start();
        break;
      }
      if (copulas.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      label++;
    }
    return start > 0 && label >= 1 && label <= LABEL_WORDS && name(part.substring(start), function)
        && !RowClause.mayHoldVerb(lang, labelWords(part.substring(0, start), copulas));
  }

  /** The label's words without the copula ("niên hiệu là" -> "niên hiệu"). */
  private static String labelWords(String label, Set<String> copulas) {
    StringBuilder b = new StringBuilder();
    Matcher m = WORD.matcher(label);
    while (m.find()) {
      if (!copulas.contains(m.group().toLowerCase(Locale.ROOT))) {
        b.append(m.group()).append(' ');
      }
    }
    return b.toString().strip();
  }
}
