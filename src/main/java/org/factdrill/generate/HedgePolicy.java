package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Which side of a figure the truth lies on, from the hedge written right before it ("more than
 * 500": at least 500). Wrong options must then lie where the hedged statement is false: larger
 * after "more than", smaller after "less than"; a false true/false statement cannot be made under
 * a one-sided hedge at all ("more than 800" may be true of "more than 500").
 */
final class HedgePolicy {
  /** Where the wrong options must lie relative to the answer. */
  enum Side {
    /** No hedge: either side, clearly apart. */
    EITHER,
    /** After "about", "some", "nearly": both sides, each clear of the hedge's margin. */
    AROUND,
    /** After "more than": only larger values make the statement false. */
    ABOVE,
    /** After "less than": only smaller values. */
    BELOW,
    /**
     * Only larger values, and each makes the statement false without doubt: after "until 1990"
     * (a later end is false, an earlier one true), at the start of a period in running text (a
     * later start narrows it).
     */
    ABOVE_SURE,
    /** Only smaller values, each false without doubt: after "since 1990", at a period's end. */
    BELOW_SURE;

    /** True when only one side of the answer holds wrong values. */
    boolean oneSided() {
      return this != EITHER && this != AROUND;
    }

    /** True when the wrong values lie above the answer only. */
    boolean above() {
      return this == ABOVE || this == ABOVE_SURE;
    }

    /** True when a wrong value makes a false statement without doubt. */
    boolean decidable() {
      return this != ABOVE && this != BELOW;
    }
  }

  private record Entry(Pattern before, String kind) {}

  private final Map<Language, List<Entry>> entries = new java.util.HashMap<>();

  /** Each pack's comparison pattern, compiled once (asked of every figure's sentence). */
  private static final java.util.Map<Language, Pattern> COMPARED =
      LangWords.perLanguage(HedgePolicy::comparison);

  /** A figure or the hole, a comparison-link, an article, a figure; null without links. */
  private static Pattern comparison(Language lang) {
    java.util.Set<String> links = lang.pack().words("comparison-links");
    if (links.isEmpty()) {
      return null;
    }
    String alt = String.join("|", links.stream().sorted().map(Pattern::quote).toList());
    String hole = Pattern.quote(String.valueOf(PromptBuilder.HOLE));
    String fig = "(?:" + hole + "|\\p{N})";
    return Pattern.compile("(?iu)" + fig + "[^.;]{0,80}?(?<!\\p{L})(?:" + alt
        + ")\\s+(?:(?:" + org.factdrill.lang.WordPatterns.alternation(
            lang.pack().words("comparison-articles")) + ")\\s+)?" + fig);
  }

  /**
   * True when the sentence compares the fact's figure with another figure it states, through one
   * of the pack's comparison-links ("3,019 votes, more than the 2,347 of 2006", "a 28% decrease
   * from 4,170"): a changed figure on either side makes the sentence contradict itself (or stay
   * true), so no true/false statement about it is honest.
   */
  static boolean compared(Language lang, String template) {
    Pattern p = COMPARED.get(lang);
    if (p == null) {
      return false;
    }
    int h = template.indexOf(PromptBuilder.HOLE);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      boolean start = i == h || Character.isDigit(c) && (i == 0
          || !Character.isDigit(template.charAt(i - 1)) && template.charAt(i - 1) != ','
          && template.charAt(i - 1) != '.');
      if (start) {
        java.util.regex.Matcher k = p.matcher(template).region(i, template.length());
        if (k.lookingAt() && (i == h || k.end() - 1 == h)) {
          return true;
        }
      }
    }
    return false;
  }

  HedgePolicy() {
    for (Language l : Language.values()) {
      List<Entry> list = new ArrayList<>();
      for (String line : LangWords.lines(l, "hedges")) {
        String[] p = line.split("\t", 2);
        if (p.length < 2) {
          continue;
        }
        list.add(new Entry(endingWith(l, p[1].strip()), p[0].strip().toLowerCase(Locale.ROOT)));
      }
      entries.put(l, list);
    }
  }

  /**
   * A pattern finding {@code phrase} at the end of the text before a figure: a phrase ending in
   * a Hebrew one-letter preposition ("יותר מ") is glued to the figure, and the language's
   * one-letter prefixes before it ("ולפחות", and at least) are looked through (group "pre").
   */
  static Pattern endingWith(Language l, String phrase) {
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    boolean glued = last.length() == 1 && "מלכב".contains(last) || phrase.endsWith("־")
        || phrase.endsWith("-");
    String words = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    String tail = glued ? "[\\-־]?$" : "\\s*[\\-־]?\\s*$";
    String prefixed = l.pack().prefixes().isEmpty() ? ""
        : "(?<pre>[" + Pattern.quote(l.pack().prefixes()) + "]{1,2})?";
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + prefixed + words + tail);
  }

  /** The side for a figure whose sentence reads {@code before} up to it. */
  Side side(Language lang, String before) {
    String b = before.length() > 40 ? before.substring(before.length() - 40) : before;
    Side found = Side.EITHER;
    int longest = -1;
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      var m = e.before().matcher(b);
      // The longest hedge wins, its prefix letters not counted: "לפחות" (at least) is one word,
      // not "פחות" (less) behind the prefix ל.
      if (m.find() && core(m) > longest) {
        longest = core(m);
        found = "up".equals(e.kind()) ? Side.ABOVE : "down".equals(e.kind()) ? Side.BELOW
            : "about".equals(e.kind()) ? Side.AROUND : Side.EITHER;
      }
    }
    return found;
  }

  static int core(java.util.regex.Matcher m) {
    int pre = m.pattern().pattern().contains("(?<pre>") && m.group("pre") != null
        ? m.group("pre").length() : 0;
    return m.end() - m.start() - pre;
  }

  /** True when a hedge word sits right before the figure (one-sided or "about"). */
  boolean hedged(Language lang, String before) {
    String b = before.length() > 40 ? before.substring(before.length() - 40) : before;
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      if (e.before().matcher(b).find()) {
        return true;
      }
    }
    return false;
  }
}
