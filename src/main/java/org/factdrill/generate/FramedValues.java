package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Values that the words framing them show to be no figure of the story, by the pack's word
 * lists ({@code lang/<code>/framing.txt}; a pack without one finds none):
 * <ul>
 *   <li>an anniversary's count: a number of years right after a word of commemoration
 *       ("kỷ niệm 70 năm …", the 70th anniversary): it follows from the event's year and the
 *       ceremony's, and asks the ceremony, not the history;</li>
 *   <li>the date of a report: a date inside an opening attribution phrase ("Theo số liệu công bố
 *       hôm …,", according to figures published on …) that holds a word of reporting; the date
 *       says when a source spoke, not when anything happened;</li>
 *   <li>the date of an instrument a recital cites ({@link Recitals}, its own pack file).</li>
 * </ul>
 */
final class FramedValues {
  /** How far before the count a word of commemoration may stand ("kỷ niệm tròn 70 năm"). */
  private static final int NEAR = 16;

  private record Words(List<String> commemorate, List<String> yearUnits, List<String> openers,
      List<String> reporting) {}

  private final Map<Language, Words> words = new ConcurrentHashMap<>();

  /** Why {@code f} is not worth asking by its framing words, or null. */
  ValueRules.Skip check(Language lang, String text, Fact f) {
    Words w = words.computeIfAbsent(lang, FramedValues::load);
    if (f.kind() == FactKind.NUMBER && anniversary(w, text, f)) {
      return new ValueRules.Skip(SkipReason.ANNIVERSARY, null);
    }
    if (f.kind() == FactKind.DATE && marksAnniversary(w, text, f)) {
      return new ValueRules.Skip(SkipReason.ANNIVERSARY, "the year an anniversary falls in");
    }
    if (f.kind() == FactKind.DATE && f.sentence() != null && reportDate(w, text, f, f.sentence())) {
      return new ValueRules.Skip(SkipReason.CITATION, "the date of a report");
    }
    if (Recitals.cites(lang, text, f)) { // "Pursuant to the decree of 5 March 1946, …"
      return new ValueRules.Skip(SkipReason.CITATION, "a cited instrument's date in a recital");
    }
    return null;
  }

  static boolean anniversary(Words w, String text, Fact f) {
    String before = text.substring(Math.max(0, f.start() - NEAR), f.start())
        .toLowerCase(Locale.ROOT).strip();
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 12))
        .toLowerCase(Locale.ROOT).stripLeading();
    boolean unit = w.yearUnits().stream().anyMatch(u -> after.startsWith(u)
        && (after.length() == u.length() || !Character.isLetter(after.charAt(u.length()))));
    if (!unit) {
      return false;
    }
    for (String c : w.commemorate()) {
      if (before.endsWith(c) && (before.length() == c.length()
          || !Character.isLetter(before.charAt(before.length() - c.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** A date right before a word of commemoration and a count of years ("Năm 2025 đánh dấu 50 năm"). */
  static boolean marksAnniversary(Words w, String text, Fact f) {
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 40))
        .toLowerCase(Locale.ROOT).stripLeading();
    for (String c : w.commemorate()) {
      if (after.startsWith(c + " ")) {
        String rest = after.substring(c.length()).stripLeading();
        for (String c2 : w.commemorate()) {
          rest = rest.startsWith(c2 + " ") ? rest.substring(c2.length()).stripLeading() : rest;
        }
        int d = 0;
        while (d < rest.length() && Character.isDigit(rest.charAt(d))) {
          d++;
        }
        String unitPart = rest.substring(d).stripLeading();
        if (d > 0 && w.yearUnits().stream().anyMatch(u -> unitPart.startsWith(u))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean reportDate(Words w, String text, Fact f, Span s) {
    if (s.end() > text.length() || f.start() < s.start()) {
      return false;
    }
    String head = text.substring(s.start(), f.start()).replaceFirst("^[\\s\\-–—•+*]+", "")
        .toLowerCase(Locale.ROOT);
    if (head.indexOf(',') >= 0 || head.indexOf(';') >= 0) {
      return false; // the date is past the opening phrase
    }
    boolean opens = w.openers().stream().anyMatch(o -> head.startsWith(o + " "));
    if (!opens) {
      return false;
    }
    int comma = text.indexOf(',', f.end());
    String phrase = head + " " + text.substring(f.start(), comma < 0 || comma > s.end() ? s.end()
        : comma).toLowerCase(Locale.ROOT);
    if (comma < 0 || comma > s.end()) {
      return false; // no comma closes an opening phrase: the date is the clause's own
    }
    for (String r : w.reporting()) {
      if (Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(r) + "(?![\\p{L}\\p{M}])")
          .matcher(phrase).find()) {
        return true;
      }
    }
    return false;
  }

  private static Words load(Language lang) {
    return parse(LangWords.lines(lang, "framing"));
  }

  /** The word lists of a framing file: lines "kind TAB words". */
  static Words parse(List<String> lines) {
    List<String> c = new ArrayList<>();
    List<String> u = new ArrayList<>();
    List<String> o = new ArrayList<>();
    List<String> r = new ArrayList<>();
    for (String line : lines) {
      String[] p = line.split("\t");
      if (p.length != 2) {
        continue;
      }
      String v = p[1].strip().toLowerCase(Locale.ROOT);
      switch (p[0].strip()) {
        case "commemorate" -> c.add(v);
        case "year-unit" -> u.add(v);
        case "opener" -> o.add(v);
        case "reporting" -> r.add(v);
        default -> { }
      }
    }
    return new Words(c, u, o, r);
  }
}
