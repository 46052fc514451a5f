package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Wrong values a figure's sentence rules out beside its hedge: an approximate figure keeps its
 * options clear of its reach wherever its hedge is written, and a count of the members of a
 * whole the sentence states ("9 of the 13 states", "9 trong số 13", "9 מתוך 13") keeps its
 * wrong values between zero and the whole (a part larger than its whole is absurd, and a
 * statement naming one is false by its own words, not by the fact); a blanked whole stays above
 * its stated part. The links are the pack's {@code whole-links}.
 */
final class HonestOptions {
  private static final Map<Language, Pattern> PART = LangWords.perLanguage(l -> link(l, true));
  private static final Map<Language, Pattern> WHOLE = LangWords.perLanguage(l -> link(l, false));

  private HonestOptions() {}

  /**
   * The side the options take: a figure the extractor read as approximate ("about", "khoảng",
   * "כ-", also when the hedge is not the last word before it) is read as "about" when the words
   * right before it ({@code before}, the sentence up to it) name no side.
   */
  static HedgePolicy.Side side(HedgePolicy hedges, Language lang, String before, Fact f) {
    HedgePolicy.Side written = hedges.side(lang, before);
    return written == HedgePolicy.Side.EITHER && f.approx() && !(f.value() instanceof Value.Date)
        ? HedgePolicy.Side.AROUND : written;
  }

  /** Which wrong values of count {@code f} its template's part-of-whole words allow. */
  static Predicate<Value> keep(Language lang, String template, Fact f) {
    String hole = String.valueOf(PromptBuilder.HOLE);
    if (f.kind() != org.factdrill.extract.FactKind.NUMBER) {
      return v -> true;
    }
    Pattern part = PART.get(lang);
    Matcher m = part == null || !template.contains(hole) ? null : part.matcher(template);
    if (m != null && m.find()) {
      BigDecimal whole = number(lang, m.group("n"));
      if (whole != null) {
        return v -> within(v, BigDecimal.ZERO, whole);
      }
    }
    Pattern of = WHOLE.get(lang);
    Matcher w = of == null || !template.contains(hole) ? null : of.matcher(template);
    if (w != null && w.find()) {
      BigDecimal counted = number(lang, w.group("n"));
      if (counted != null) {
        return v -> within(v, counted, null);
      }
    }
    return v -> true;
  }

  /** True when every number of {@code v} lies strictly between lo and hi (null: no bound). */
  private static boolean within(Value v, BigDecimal lo, BigDecimal hi) {
    if (v instanceof Value.Date) {
      return true;
    }
    for (BigDecimal x : QuantityCandidates.numbers(v)) {
      if (x.compareTo(lo) <= 0 || hi != null && x.compareTo(hi) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A figure in digits or one number word (pack numerals, {@code number-words}); else null. */
  private static BigDecimal number(Language lang, String s) {
    String t = s.replaceAll("[,.\\s\u00a0](?=\\d{3}(?!\\d))", "");
    if (t.matches("\\d+")) {
      return new BigDecimal(t);
    }
    String low = s.toLowerCase(Locale.ROOT);
    org.factdrill.lang.LanguagePack.Numeral word = lang.pack().numerals().get(low);
    if (word != null && word.value() > 0 && (word.role()
        == org.factdrill.lang.LanguagePack.Role.ADD || word.role()
        == org.factdrill.lang.LanguagePack.Role.TENS)) { // "thirteen", "fifty": one word
      return BigDecimal.valueOf(word.value());
    }
    for (String line : LangWords.lines(lang, "number-words")) {
      String[] p = line.split("\t");
      if (p.length == 3 && p[2].strip().toLowerCase(Locale.ROOT).equals(low)) {
        return new BigDecimal(p[0].strip());
      }
    }
    return null;
  }

  /**
   * "HOLE link N" (the blank is the part, group n the whole) or "N link HOLE" (the blank is the
   * whole), the link right after the part: in "2,000 men of the 3 divisions" the men are no
   * part of the divisions' count.
   */
  private static Pattern link(Language lang, boolean blankIsPart) {
    String links = LangWords.alternation(lang, "whole-links");
    if (links == null) {
      return null;
    }
    String hole = Pattern.quote(String.valueOf(PromptBuilder.HOLE));
    String pre = lang.pack().prefixes().isEmpty() ? ""
        : "(?:[" + Pattern.quote(lang.pack().prefixes()) + "][\\-־]?)?";
    String num = pre + "(?<n>\\d+(?:[,.\u00a0]\\d{3})*(?!\\d)|\\p{L}+)";
    String gap = "\\s+";
    String tail = "(?![\\p{L}\\p{N}])";
    return Pattern.compile("(?iu)" + (blankIsPart
        ? hole + gap + "(?:" + links + ")\\s*" + num + tail
        : "(?<![\\p{L}\\p{N}])" + num.substring(pre.length()) + gap + "(?:" + links
            + ")\\s*" + hole));
  }

}
