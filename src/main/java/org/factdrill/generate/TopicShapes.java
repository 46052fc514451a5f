package org.factdrill.generate;

/** Whether a heading, or a file name, is shaped like the name of a topic. */
final class TopicShapes {
  private static final int MAX_HEADING = 120;

  private TopicShapes() {}

  /**
   * A heading that can name a topic: some letters, not too long, no sentence mark at its end,
   * not a date line or a picture credit.
   */
  static boolean topicShaped(String h, org.factdrill.text.LayoutWords w) {
    if (h.isEmpty() || h.length() > MAX_HEADING || h.matches("(?s).*[.!?…;,:]$")
        || w.hasCredit(h) || w.opensByline(h) || w.opensPublished(h) || w.opensMore(h)) {
      return false;
    }
    long lettered = java.util.Arrays.stream(h.split("\\s+"))
        .filter(x -> x.codePoints().filter(Character::isLetter).count() >= 2).count();
    return lettered > 0 && !(h.matches(".*\\d{3,}.*") && lettered <= 1);
  }

  /**
   * A file name that reads as a title ("Battle of Hastings"): words with spaces, none a code
   * (an id, a hash, "en-news-voa-ww2").
   */
  static boolean wordLikeFileName(String name) {
    String n = name.strip();
    if (!n.contains(" ")) {
      return false;
    }
    for (String x : n.split("\\s+")) {
      boolean letters = x.codePoints().anyMatch(Character::isLetter);
      boolean digits = x.codePoints().anyMatch(Character::isDigit);
      if (letters && digits && x.length() >= 6 || x.chars().filter(c -> c == '-').count() >= 2) {
        return false;
      }
    }
    return true;
  }
}
