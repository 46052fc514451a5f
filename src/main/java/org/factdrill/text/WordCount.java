package org.factdrill.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many words a piece of text holds: letters and marks, with inner apostrophes and hyphens. */
public final class WordCount {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");

  private WordCount() {}

  /** The words of {@code s}; figures and punctuation alone are no words. */
  public static int of(String s) {
    int n = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
