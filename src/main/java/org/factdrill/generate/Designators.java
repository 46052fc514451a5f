package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Numbers that are labels, not figures: a number after a designator noun of the language pack's
 * {@code designators.txt} ("Hill 881", "cao điểm 1015", "quốc lộ 14", "גבעה 69"), or after a
 * unit noun with up to three name words between ("trung đoàn bộ binh 174"). Every pack's nouns
 * are read in every text, where such names are borrowed. The blank after one is not worth asking.
 */
final class Designators {
  /** The pattern of a designator ending right where the number begins. */
  private final Pattern before;

  Designators() {
    List<String> plain = new ArrayList<>();
    List<String> units = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder prefixes = new StringBuilder();
    // Every pack's nouns, in every text: a page in one language quotes names in another
    // ("Hill 881" in a Vietnamese page), and no pack's noun is a word of another language.
    for (Language l : Language.values()) {
      read(l, plain, units, names);
      prefixes.append(l.pack().prefixes());
    }
    // A one-letter prefix may stand before the noun in a language that writes prefixes on.
    String prefix = prefixes.length() == 0 ? "" : "[" + Pattern.quote(prefixes.toString()) + "]?";
    StringBuilder p = new StringBuilder("(?iu)(?<![\\p{L}\\p{M}'\"׳״])" + prefix + "(?:");
    p.append(alternation(plain));
    if (!units.isEmpty()) {
      p.append(plain.isEmpty() ? "" : "|").append("(?:").append(alternation(units)).append(")");
      if (!names.isEmpty()) {
        p.append("(?:\\s+(?:").append(alternation(names)).append(")){0,3}");
      }
    }
    // "No. 5", "số 5", "#5": the mark may be glued to the number.
    p.append(")\\s*[.:#]?\\s*$");
    before = Pattern.compile(p.toString());
  }

  private static void read(Language l, List<String> plain, List<String> units,
      List<String> names) {
    for (String line : LangWords.lines(l, "designators")) {
      if (line.startsWith("+ ")) {
        names.add(line.substring(2).strip());
      } else if (line.endsWith("…")) {
        units.add(line.substring(0, line.length() - 1).strip());
      } else {
        plain.add(line);
      }
    }
  }

  private static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String w : sorted) {
      b.append(b.length() == 0 ? "" : "|")
          .append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    return b.toString();
  }

  /**
   * True when the text just before a number ({@code left}, up to the number's first character)
   * ends with a designator of the language: the number names something.
   */
  /** Ends with a noun naming a figure, its words apart by any spaces (every pack's figure-nouns). */
  private static final Pattern FIGURE_NOUN = Pattern.compile("(?isu).*(?<![\\p{L}\\p{M}])(?:"
      + org.factdrill.lang.WordPatterns.anyPack("figure-nouns").replace(" ", "\\E\\s+\\Q")
      + ")\\s*$");

  boolean labels(Language lang, String left) {
    if (labelsHere(left)) {
      return true;
    }
    // "đường số 19, 21 và 14", "Routes 9, 14 and 19": a number going on with a list of numbers
    // that a designator heads names something too.
    String l = left.length() > 80 ? left.substring(left.length() - 80) : left;
    Pattern and = listAnd.computeIfAbsent(lang, Designators::listAnd);
    for (int i = 0; i < 6; i++) {
      Matcher sep = and.matcher(l);
      if (!sep.find()) {
        return false;
      }
      l = l.substring(0, sep.start());
      if (labelsHere(l)) {
        return true;
      }
    }
    return false;
  }

  /** A separator of a list of numbers and the number before it, at the end of a text. */
  private static Pattern listAnd(Language lang) {
    List<String> alts = new ArrayList<>(List.of(","));
    for (String w : lang.pack().words("list-and")) {
      alts.add("\\s" + Pattern.quote(w) + "\\s");
    }
    return Pattern.compile("(?iu)\\p{N}[\\p{N}.]*\\s*(?:" + String.join("|", alts) + ")\\s*$");
  }

  private final java.util.Map<Language, Pattern> listAnd =
      new java.util.concurrent.ConcurrentHashMap<>();

  private boolean labelsHere(String left) {
    String l = left.length() > 60 ? left.substring(left.length() - 60) : left;
    if (l.matches("(?s).*#\\s*$")) {
      return true; // "#5"
    }
    if (!before.matcher(l).find()) {
      return false;
    }
    // "con số 40.000" is "the figure 40,000": a count, not a label (words.tsv figure-nouns).
    return !FIGURE_NOUN.matcher(l).matches();
  }
}
