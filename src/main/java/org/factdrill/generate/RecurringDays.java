package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * A day and month written without a year that is a day of every year, not an event of one year:
 * the date of a named day ("Harvest Day (2 October)", "Ngày Quốc khánh 2 tháng 9"), a yearly observance
 * ("every year on 11 November", "hằng năm vào ngày 2 tháng 9", "מדי שנה ב-4 ביולי", "is
 * celebrated on 2 October") or a date used as the name of its festivities ("the 9th of March
 * celebrations"). Such a day takes no year from its context, so it is neither shown with one nor
 * asked as the date of an event. The phrases are the pack's ({@code recurring-days.txt}: regular
 * expressions, {@code {D}} standing for the date); the rule is the same in every language.
 */
final class RecurringDays {
  /** How far before and after the date a phrase may reach. */
  private static final int REACH = 60;

  private record Frame(Pattern before, Pattern after) {}

  /** Each pack's frames, read once. */
  private static final Map<Language, List<Frame>> FRAMES = LangWords.perLanguage(l -> List.copyOf(load(l)));

  private RecurringDays() {}

  /** True when date fact {@code f} of {@code text} is a yearless day of every year. */
  static boolean recurs(Language lang, String text, Fact f) {
    if (f.value() instanceof Value.Date m && org.factdrill.extract.SeasonMonths.months(m.iso())
        && !FactExtractor.statesYear(f.text(), lang)) {
      // "usually from September to November", "every year in April": a season of every year (the
      // range's ends too, each looked at by the range's clause), whatever year a page's date
      // would give it
      return org.factdrill.extract.SeasonMonths.habitual(lang, text, f.start(), f.end());
    }
    if (!(f.value() instanceof Value.Date d) || d.isRange() || d.iso().length() < 7
        || FactExtractor.statesYear(f.text(), lang)) {
      return false; // a date that writes its year is a day of that year
    }
    if (org.factdrill.extract.ObservedDays.yearly(lang, text, f.start(), f.end())) {
      return true; // the extractor's verdict, which no mark on the fact carries: a day observed
    }
    String before = text.substring(Math.max(0, f.start() - REACH), f.start());
    String prefixes = lang.pack().prefixes();
    if (!prefixes.isEmpty()) { // "מדי שנה ב-4 ביולי": a prefix letter outside the fact's span
      before = before.replaceFirst("[" + Pattern.quote(prefixes) + "]{1,2}[-־]?$", "");
    }
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + REACH));
    for (Frame fr : FRAMES.getOrDefault(lang, List.of())) {
      if (fr.before().matcher(before).find() && fr.after().matcher(after).find()) {
        return true;
      }
    }
    return false;
  }

  private static List<Frame> load(Language lang) {
    List<Frame> out = new ArrayList<>();
    for (String line : LangWords.lines(lang, "recurring-days")) {
      int at = line.indexOf("{D}");
      if (at < 0) {
        continue;
      }
      String b = line.substring(0, at);
      String a = line.substring(at + 3);
      out.add(new Frame(Pattern.compile("(?u)(?<![\\p{L}\\p{M}])" + b + "$"),
          Pattern.compile("(?u)^" + a + (a.isEmpty() ? "" : "(?![\\p{L}\\p{M}])"))));
    }
    return List.copyOf(out);
  }
}
