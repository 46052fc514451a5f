package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.lang.LanguagePack;

/**
 * A period "from 1992 to 1994" (or "1992–1994") holds two facts a student can learn, its start and
 * its end: each becomes a fact of its own, with its own span, asked with the period blanked whole
 * and a cue for the end (the other end is never beside the blank), and the period's length is
 * what a duration question asks.
 */
final class Periods {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private Periods() {}

  /** The period's two ends as facts (start first), or an empty list when it is not a period of
   *  years whose two years the text writes. */
  static List<Fact> ends(Fact f) {
    if (!(f.value() instanceof Value.Date d) || !d.isRange()) {
      return List.of();
    }
    String[] parts = d.iso().split("/");
    if (parts.length != 2 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{4}")) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    Matcher m = YEAR.matcher(f.text());
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    if (found.size() != 2
        || !f.text().substring(found.get(0)[0], found.get(0)[1]).equals(parts[0])
        || !f.text().substring(found.get(1)[0], found.get(1)[1]).equals(parts[1])) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int s = f.start() + found.get(i)[0];
      int e = f.start() + found.get(i)[1];
      out.add(new Fact(s, e, parts[i], f.kind(), new Value.Date(parts[i]), f.unit(), f.approx(),
          f.sentence()));
    }
    return out;
  }

  /**
   * The facts with every period of years replaced by its two ends (as since the ends were first
   * asked: their ids hang on the years' spans), and every other period the extractor gives two
   * ends ("from 1 May 1945 to 3 June 1946") followed by those of its ends that state their year.
   */
  static List<Fact> expand(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      List<Fact> ends = ends(f);
      if (!ends.isEmpty()) {
        out.addAll(ends);
        continue;
      }
      out.add(f);
      for (Fact e : f.ends()) {
        if (e.value() instanceof Value.Date d && d.year() > 0
            && e.text().contains(String.valueOf(d.year()))) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The template as {@link #reword} makes it for an end of a period, else unchanged. */
  static String template(List<Fact> extracted, String text, Fact f, String template,
      LanguagePack pack) {
    Fact period = periodOf(extracted, f);
    return period == null ? template : reword(text, period, f, template, pack);
  }

  /** The period among the extracted facts that {@code f} is one end of, or null. */
  static Fact periodOf(List<Fact> extracted, Fact f) {
    for (Fact p : extracted) {
      if (p.start() <= f.start() && f.end() <= p.end() && (p.start() != f.start()
          || p.end() != f.end()) && p.value() instanceof Value.Date d && d.isRange()) {
        return p;
      }
    }
    return null;
  }

  /**
   * The prompt template of a question on one end of a period, so that the other end is not
   * beside the blank: the connector and the other end are taken out, with a word that opens the
   * period (the pack's period-openers: "from", "between"), and a cue from the pack says which end
   * is asked ("(when it began)"). Null when the template does not hold them as the text writes
   * them (then the question is not asked: it would show the other end).
   */
  static String reword(String text, Fact period, Fact end, String template, LanguagePack pack) {
    int hole = template.indexOf(PromptBuilder.HOLE);
    if (hole < 0) {
      return null;
    }
    String before = template.substring(0, hole);
    String after = template.substring(hole + 1);
    // The first end written: the connector and the other end follow the blank; either end: what
    // the period writes before it ("năm ", "מ-", or the first end and the connector) precedes it.
    if (end.start() - period.start() < period.end() - end.end()) {
      String rest = text.substring(end.end(), period.end());
      if (!after.startsWith(rest)) {
        return null;
      }
      after = after.substring(rest.length());
    }
    String lead = text.substring(period.start(), end.start());
    if (!before.endsWith(lead)) {
      return null;
    }
    before = before.substring(0, before.length() - lead.length());
    Matcher w = LAST_WORD.matcher(before);
    if (w.find() && pack.words("period-openers").contains(w.group(1).toLowerCase(pack.locale()))) {
      before = before.substring(0, w.start(1));
    }
    boolean began = end.value() instanceof Value.Date d
        && ((Value.Date) period.value()).iso().startsWith(d.iso() + "/");
    String cue = pack.ui(began ? "period.began" : "period.ended");
    return before + PromptBuilder.HOLE + " " + cue + after;
  }

  private static final Pattern LAST_WORD = Pattern.compile("(?U)(\\w+)\\s*$");
}
