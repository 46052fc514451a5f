package org.factdrill.generate;

import java.util.regex.Pattern;

/**
 * The time stamp of a signed post in a discussion page ("— Dan (talk) 09:03, 13 October 2006
 * (UTC)", "Slav4 • שיחה • 12:34, 5 במאי 2020 (IDT)"): a date right after a clock time, ending its
 * line or followed by a time zone in brackets, says when a comment was written, not when anything
 * of the story happened. Such a date is not asked; the shape is the same in every language.
 */
final class SignedPosts {
  private SignedPosts() {}

  private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d{1,2}:\\d{2}\\s*,?\\s*$");
  private static final Pattern ZONE_AFTER = Pattern.compile(
      "^\\s*(?:\\(\\p{Lu}{2,5}(?:[+\\-−]\\d{1,2}(?::\\d{2})?)?\\)|\\R|$)");

  /** True when text[start, end) is the date of a post's time stamp. */
  static boolean timestamp(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 12), start);
    String after = text.substring(end, Math.min(text.length(), end + 16));
    return CLOCK_BEFORE.matcher(before).find() && ZONE_AFTER.matcher(after).find();
  }
}
