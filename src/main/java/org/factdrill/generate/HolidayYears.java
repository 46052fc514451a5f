package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * A holiday's name with its year ("Armistice Day 1921", "New Year's Day in 1916"), read as one
 * date, is asked by its year only: a blank over the whole would ask the student to write the
 * holiday's name, which the sentence states as its frame, and options would differ in the year
 * anyway. The holiday's name stays in the prompt before the blank ("on Armistice Day _____"). The
 * names are the pack's {@code holidays.tsv}; any words between name and year ("in") stay too.
 */
final class HolidayYears {
  /** The fact to ask and its template. */
  record Asked(Fact fact, String template) {}

  /** A name, the words that lead a year, and the year ending the text. */
  private static final Pattern SHAPE = Pattern.compile("(?s)^(\\D*?\\p{L}\\D*?)(\\d{4})$");

  private HolidayYears() {}

  /**
   * {@code f} narrowed to its year, and {@code template} with the holiday's name written before
   * the blank, when {@code f} is a holiday's name and a year; else both unchanged.
   */
  static Asked yearOnly(Language lang, Fact f, String template) {
    int hole = template.indexOf(PromptBuilder.HOLE);
    if (!(f.value() instanceof Value.Date d) || d.isRange() || hole < 0 || d.year() <= 0) {
      return new Asked(f, template);
    }
    Matcher m = SHAPE.matcher(f.text());
    if (!m.matches() || Integer.parseInt(m.group(2)) != d.year()) {
      return new Asked(f, template);
    }
    String head = m.group(1);
    String name = head.strip().toLowerCase(lang.pack().locale());
    // The words that lead a year ("in", "of") after the name are no part of it.
    int cut = name.lastIndexOf(' ');
    boolean named = lang.pack().holidays().containsKey(name)
        || cut > 0 && lang.pack().holidays().containsKey(name.substring(0, cut).strip())
        && lang.pack().words("time-prepositions").contains(name.substring(cut + 1));
    if (!named) {
      return new Asked(f, template);
    }
    int at = f.start() + m.start(2);
    Fact year = new Fact(at, f.end(), m.group(2), f.kind(),
        new Value.Date(String.valueOf(d.year())), f.unit(), f.approx(), f.sentence(), null,
        f.calendar());
    return new Asked(year, template.substring(0, hole) + head + template.substring(hole));
  }
}
