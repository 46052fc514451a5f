package org.factdrill.generate;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * A bracket that points at a picture beside the text ("(pictured)", "(example pictured)",
 * "(pictured, left)", "(left)") belongs to the page, not to the sentence: a prompt read away from
 * the page drops it. The words are every pack's {@code picture-asides} (a bracket holding one of
 * them and at most three other words) and {@code picture-places} (a bracket holding only such
 * words: "(left)", "(top right)").
 */
final class PictureAsides {
  private static final Pattern ASIDE = pattern();

  private PictureAsides() {}

  /** {@code s} without its brackets pointing at a picture; s itself when it has none. */
  static String strip(String s) {
    if (ASIDE == null || s.indexOf('(') < 0) {
      return s;
    }
    return ASIDE.matcher(s).replaceAll("");
  }

  private static Pattern pattern() {
    Set<String> asides = new TreeSet<>();
    Set<String> places = new TreeSet<>();
    for (LanguagePack p : LanguagePacks.all()) {
      p.words("picture-asides").forEach(w -> asides.add(Pattern.quote(w)));
      p.words("picture-places").forEach(w -> places.add(Pattern.quote(w)));
    }
    if (asides.isEmpty() && places.isEmpty()) {
      return null;
    }
    String word = "[\\p{L}\\p{M}'’-]+";
    String aside = String.join("|", asides);
    String place = String.join("|", places);
    String inner = (asides.isEmpty() ? "" : "(?:" + word + "[ ,]+){0,3}(?i:" + aside + ")(?:[ ,]+"
        + word + "){0,3}") + (asides.isEmpty() || places.isEmpty() ? "" : "|")
        + (places.isEmpty() ? "" : "(?i:" + place + ")(?: (?i:" + place + "))?");
    return Pattern.compile("(?U)\\s*\\((?:" + inner + ")\\)(?=[\\s.,;:!?…]|$)");
  }
}
