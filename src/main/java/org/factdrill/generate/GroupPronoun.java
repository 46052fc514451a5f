package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A plural pronoun that stands for a group (a dynasty, a house, an army: "chúng nó", "bọn chúng")
 * opening a sentence points back to the group, so the text shown with it must name the group: a
 * group noun of the pack with its name ("nhà Varn", "họ Lâm", "quân Oskel"), or its members by
 * names a student knows. Where a language writes names as syllables, a single capitalised
 * syllable (a given name without its family name or title: "Lưu, Cung là …") names no one outside
 * its text. Pack data: {@code group-pronouns}, {@code group-nouns}; no list, no rule.
 */
final class GroupPronoun {
  /** A run of capitalised words (syllables) on one line. */
  private static final Pattern RUN = GivenNames.RUN;

  private GroupPronoun() {}

  /**
   * True when {@code opening} starts with a group pronoun of {@code lang} and neither
   * {@code before} (the sentence shown before it) nor {@code contextLine} names the group: no
   * group noun before a name, and the names that open {@code before} are single syllables.
   */
  static boolean unnamed(Language lang, String opening, String before, String contextLine) {
    Set<String> pronouns = lang.pack().words("group-pronouns");
    if (pronouns.isEmpty() || before == null || !opensWith(opening, pronouns)) {
      return false;
    }
    Set<String> nouns = lang.pack().words("group-nouns");
    if (groupNamed(before, nouns) || contextLine != null && groupNamed(contextLine, nouns)) {
      return false;
    }
    // The names that open the sentence before, up to its first lower-case word that is no
    // conjunction: "Lưu, Cung là …", "Lưu và Cung …".
    Set<String> joins = lang.pack().words("function-words");
    Matcher w = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*").matcher(before);
    int names = 0;
    int end = before.length();
    while (w.find()) {
      String word = w.group();
      if (Character.isUpperCase(word.codePointAt(0))) {
        continue;
      }
      if (!joins.contains(word.toLowerCase(Locale.ROOT))) {
        end = w.start();
        break;
      }
    }
    Matcher r = RUN.matcher(before.substring(0, end));
    while (r.find()) {
      if (r.group().split("\\h+").length > 1) {
        return false; // "Lâm Văn Tài": a full name
      }
      names++;
    }
    return names > 0;
  }

  private static boolean opensWith(String opening, Set<String> pronouns) {
    String low = opening.strip().toLowerCase(Locale.ROOT);
    for (String p : pronouns) {
      if (low.startsWith(p) && (low.length() == p.length()
          || !Character.isLetter(low.charAt(p.length())))) {
        return true;
      }
    }
    return false;
  }

  /** A group noun right before a capitalised word ("nhà Varn", "họ Lâm"). */
  private static boolean groupNamed(String text, Set<String> nouns) {
    Matcher w = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*").matcher(text);
    String prev = null;
    while (w.find()) {
      String word = w.group();
      if (prev != null && nouns.contains(prev.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(word.codePointAt(0))) {
        return true;
      }
      prev = word;
    }
    return false;
  }
}
