package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.Locale;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * In a language whose nouns mark the plural (pack feature {@code nouns-mark-plural}: English,
 * Russian), a blank for the count one right before its counted word shows that word in the
 * singular ("_____ mile of track", "_____ day"): the noun says the answer, and every other count
 * would make the sentence ungrammatical ("3 mile"). Such a count is not asked. A function word
 * after the blank ("_____ of the ships") or a short abbreviation of a unit ("_____ km", the same
 * for every count) tells nothing.
 */
final class OneBeforeSingular {
  /** Abbreviated units this short take no plural ending. */
  private static final int MIN_WORD = 3;

  private OneBeforeSingular() {}

  /** True when fact {@code f}, blanked in {@code template}, is one before a singular noun. */
  static boolean givesAway(Language lang, Fact f, String template) {
    if (f.kind() != FactKind.NUMBER || !(f.value() instanceof Value.Num n)
        || n.value().compareTo(BigDecimal.ONE) != 0 || !lang.pack().has("nouns-mark-plural")) {
      return false;
    }
    return nounAfter(lang, template) != null;
  }

  /**
   * {@code keep} narrowed for a count other than one right before its counted word, which is then
   * plural ("for nine years"): a wrong value of one would need the singular ("for one years"), and
   * a student rejects it by its grammar, not by knowing the fact. Unchanged for other figures and
   * in languages whose nouns do not mark the plural.
   */
  static java.util.function.Predicate<Value> agreeing(Language lang, Fact f, String template,
      java.util.function.Predicate<Value> keep) {
    if (f.kind() != FactKind.NUMBER || !(f.value() instanceof Value.Num n)
        || n.value().compareTo(BigDecimal.ONE) == 0 || !lang.pack().has("nouns-mark-plural")
        || template == null || nounAfter(lang, template) == null) {
      return keep;
    }
    return v -> keep.test(v) && !(v instanceof Value.Num w && w.value().compareTo(BigDecimal.ONE) == 0);
  }

  /**
   * True when the answer of count {@code f} is the lowest value its counted plural noun lets the
   * options take: every whole count below it is one ("one years") or rejected by {@code keep}, or
   * also fits the sentence ({@code alsoFits}). A choice needs three wrong options that agree with
   * the noun, not every near value, so its answer at the low end of the next agreeing counts
   * ("two" among three, four, six) is not the lone extreme: nothing lower could be offered.
   */
  static boolean atAgreeingFloor(Language lang, Fact f, String template,
      java.util.function.Predicate<Value> keep, java.util.Set<String> alsoFits,
      java.util.List<Option> wrong) {
    java.util.function.Predicate<Value> agree = agreeing(lang, f, template, keep);
    if (agree == keep || !(f.value() instanceof Value.Num n) || n.value().signum() <= 0
        || n.value().stripTrailingZeros().scale() > 0 || n.value().compareTo(FLOOR_REACH) > 0) {
      return false;
    }
    for (Option o : wrong) {
      BigDecimal x = Grid.number(o.value());
      if (x == null || x.compareTo(n.value()) <= 0) {
        return false; // a wrong option below the answer: the answer is not at the low end
      }
    }
    for (int k = 1; BigDecimal.valueOf(k).compareTo(n.value()) < 0; k++) {
      Value v = new Value.Num(org.factdrill.extract.Values.canonical(BigDecimal.valueOf(k)));
      if (agree.test(v) && !alsoFits.contains(Distractors.key(v))) {
        return false;
      }
    }
    return true;
  }

  /** Small whole counts only: their wrong values are the next counts, not a spread by ratio. */
  private static final BigDecimal FLOOR_REACH = BigDecimal.TEN;

  /**
   * The lower-case word right after the blank of {@code template} (after spaces or a hyphen), when
   * it is a counted word: no function word or phrase opener, no abbreviation, not glued to the
   * blank; else null.
   */
  private static String nounAfter(Language lang, String template) {
    int hole = template.indexOf(PromptBuilder.HOLE);
    if (hole < 0) {
      return null;
    }
    String after = template.substring(hole + 1);
    int i = 0;
    while (i < after.length() && (after.charAt(i) == ' ' || after.charAt(i) == '\u00a0'
        || after.charAt(i) == '-')) {
      i++;
    }
    int j = i;
    while (j < after.length() && Character.isLetter(after.charAt(j))) {
      j++;
    }
    if (i == 0 && j > 0 || j - i < MIN_WORD || j < after.length() && after.charAt(j) == '.'
        && j + 1 < after.length() && Character.isLetter(after.charAt(j + 1))) {
      return null; // glued to the blank, an abbreviation, or no word at all
    }
    String word = after.substring(i, j).toLowerCase(Locale.ROOT);
    return Character.isLowerCase(after.charAt(i)) && !lang.pack().words("function-words")
        .contains(word) && !lang.pack().words("phrase-openers").contains(word) ? word : null;
  }
}
