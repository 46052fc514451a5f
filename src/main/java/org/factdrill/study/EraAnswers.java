package org.factdrill.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * Typed answers to a date before the common era ("44 BC", "44 TCN", "44 לפנה״ס") and to a
 * century ("5th century BC", "thế kỷ 5 TCN", "V век до н. э.", "19th century"), whose ISO
 * forms ("-0044", "-04", "18") the plain date reader does not know. The era is any pack's
 * {@code era-bc} / {@code era-ad} phrase at the end of the answer, the century any pack's
 * {@code century-words} with an ordinal in digits or a Roman numeral.
 */
final class EraAnswers {
  /** The packs' era phrases at the end of an answer; group 1 is what stands before. */
  private static final Pattern BC = tail("era-bc");
  private static final Pattern AD = tail("era-ad");
  private static final Pattern CENTURY_WORD = word("century-words");
  private static final Pattern ORDINAL = Pattern.compile(
      "(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th|-?[\\p{IsCyrillic}]{1,3})?|([ivx]{1,6}))(?![\\p{L}\\d])");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

  private EraAnswers() {}

  /** An answer with its era phrase taken off: what stands before it, and whether it was BC. */
  record Typed(String rest, boolean bc, boolean era) {}

  /** {@code typed} (lower-cased, quotes unified) with a final era phrase split off. */
  static Typed split(String typed) {
    String s = Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('\u05F4', '"').replace('\u201D', '"').replace('\u201C', '"').strip();
    Matcher bc = BC.matcher(s);
    if (bc.matches()) {
      return new Typed(bc.group(1).strip(), true, true);
    }
    Matcher ad = AD.matcher(s);
    return ad.matches() ? new Typed(ad.group(1).strip(), false, true) : new Typed(s, false, false);
  }

  /**
   * The verdict on {@code typed} for a date before the common era or a century; empty for any
   * other value, and for a century of the common era answered without a century word (the
   * caller's reading of "1800s" or a year stays).
   */
  static Optional<Verdict> check(String iso, String typed, LanguagePack pack) {
    boolean bcIso = iso.startsWith("-") && !iso.startsWith("--");
    boolean centuryIso = iso.matches("-?\\d{2}");
    if (!bcIso && !centuryIso) {
      return Optional.empty();
    }
    Typed t = split(typed);
    int typedCentury = century(t.rest());
    if (centuryIso) {
      int c = Integer.parseInt(iso.substring(bcIso ? 1 : 0)) + 1;
      if (typedCentury > 0) {
        if (typedCentury != c) {
          return Optional.of(Verdict.wrong("different century"));
        }
        return Optional.of(t.bc() == bcIso ? Verdict.correct("same century")
            : Verdict.close("right century; the era is " + (bcIso ? "BC" : "AD")));
      }
      if (!bcIso) {
        return Optional.empty();
      }
      int y = DIGITS.matcher(t.rest()).matches() ? Integer.parseInt(t.rest()) : -1;
      return Optional.of(t.bc() && y > (c - 1) * 100 && y <= c * 100
          ? Verdict.close("a year of that century") : Verdict.wrong("different century"));
    }
    if (typedCentury > 0) {
      return Optional.of(Verdict.wrong("a century, not a date"));
    }
    String ad = iso.substring(1);
    Verdict v;
    if (DIGITS.matcher(t.rest()).matches()) {
      // "10 BC": a year too small for the plain reader, which takes it for a day.
      int y = Integer.parseInt(t.rest());
      int year = Integer.parseInt(ad.substring(0, 4));
      v = y != year ? Verdict.wrong("different date")
          : ad.length() == 4 ? Verdict.correct("same date")
          : Verdict.close("right year; the full date is " + iso);
    } else {
      v = DateAnswers.check(ad, t.rest(), pack);
    }
    if (!t.bc() && v.correct()) {
      return Optional.of(Verdict.close("right date; it is before the common era"));
    }
    return Optional.of(v);
  }

  /**
   * The typed ends of a period with the era or century word written once, after the second
   * ("5th – 3rd century BC", "348 - 331 BC"): the first end takes the second's words after its
   * number when it has none of its own; other ends as typed.
   */
  static String[] shared(String[] ends) {
    if (ends.length != 2) {
      return ends;
    }
    Typed first = split(ends[0]);
    Typed second = split(ends[1]);
    boolean secondCentury = century(second.rest()) > 0;
    if (first.era() || century(first.rest()) > 0 || !second.bc() && !secondCentury) {
      return ends;
    }
    String s = ends[1].strip();
    int space = s.indexOf(' ');
    return space < 0 ? ends : new String[] {ends[0].strip() + s.substring(space), ends[1]};
  }

  /** The ordinal of a century named in {@code s} ("5th century", "thế kỷ V"), or -1. */
  static int century(String s) {
    if (!CENTURY_WORD.matcher(s).find()) {
      return -1;
    }
    Matcher m = ORDINAL.matcher(s);
    if (!m.find()) {
      return -1;
    }
    return m.group(1) != null ? Integer.parseInt(m.group(1))
        : org.factdrill.lang.RomanNumerals.value(m.group(2));
  }

  /** "(.*?)" then one of the category's phrases, its spaces and points optional, at the end. */
  private static Pattern tail(String category) {
    return Pattern.compile("(.*?)(?:^|\\s|(?<=\\d))(?:" + alternatives(category) + ")[\\s.]*");
  }

  /** The category's words ending a word (after prefix letters too: "המאה"). */
  private static Pattern word(String category) {
    return Pattern.compile("(?:" + alternatives(category) + ")(?!\\p{L})");
  }

  /** Every pack's phrases of a category, longest first, each character's points optional. */
  private static String alternatives(String category) {
    List<String> all = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      for (String w : p.words(category)) {
        String squeezed = w.toLowerCase(Locale.ROOT).replace('\u05F4', '"').replaceAll("[\\s.]", "");
        if (!squeezed.isEmpty()) {
          all.add(squeezed);
        }
      }
    }
    all.sort((a, b) -> b.length() - a.length());
    List<String> out = new ArrayList<>();
    for (String w : all) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < w.length(); k++) {
        if (k > 0) {
          b.append("[\\s.]*");
        }
        b.append(Pattern.quote(String.valueOf(w.charAt(k))));
      }
      out.add(b.toString());
    }
    return out.isEmpty() ? "(?!)" : String.join("|", out);
  }
}
