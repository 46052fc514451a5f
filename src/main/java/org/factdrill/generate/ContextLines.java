package org.factdrill.generate;

import java.util.Locale;

/**
 * Lines that must not be shown as a question's context line, whatever their source: a run of menu
 * links whose spaces were lost ("Early periodMiddle agesLate period": two words or more glued
 * lower case to capital), and a title made from a file name's words that the text writes only as
 * a fragment of a longer line (two words, not a name: "National day" out of "Statement on the
 * National Day of X"). A fragment says less than the page's topic and reads as a cut phrase.
 * Nor a heading with no letter of the text's own script (a table cell of a name in Chinese
 * characters above Vietnamese rows): the student reads the text's script.
 */
final class ContextLines {
  /** A title of at most this many words may be a fragment. */
  private static final int FRAGMENT_WORDS = 2;

  private ContextLines() {}

  /** {@code heading}, or null when none of its letters is of the script {@code lang} is written in. */
  static String inOwnScript(org.factdrill.text.Language lang, String heading) {
    if (heading == null) {
      return null;
    }
    Character.UnicodeScript own;
    try {
      own = Character.UnicodeScript.forName(lang.pack().script().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return heading;
    }
    return heading.codePoints().anyMatch(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) == own) ? heading : null;
  }

  /** True when {@code line} glues two or more words lower case to capital, as a menu does. */
  static boolean menuRun(String line) {
    return org.factdrill.text.ChromeLines.menuRun(line);
  }

  /**
   * True when {@code title} (made from a file name's words) is a fragment of {@code text}: two
   * words or fewer, written in a script with capitals, not every word capitalised (so not a
   * name), and no line of the text is that phrase alone.
   */
  static boolean fragment(String title, String text) {
    String[] words = title.strip().split("\\s+");
    if (words.length > FRAGMENT_WORDS || title.codePoints().noneMatch(Character::isLowerCase)) {
      return false; // a longer title, or a script without capitals (no name can be told)
    }
    boolean name = true;
    for (String w : words) {
      name &= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
    if (name) {
      return false;
    }
    String t = title.strip().toLowerCase(Locale.ROOT);
    for (String line : text.split("\n")) {
      if (line.strip().toLowerCase(Locale.ROOT).equals(t)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code title} is one of the labels of the listing rows of {@code doc}. */
  static boolean isLabel(org.factdrill.text.Document doc, String title) {
    return title != null && doc.layout().rowLabels().stream()
        .anyMatch(r -> label(doc.text(), r).equals(title.strip()));
  }

  /** The label of a listing's row {@code row}: its first line. */
  static String label(String text, org.factdrill.text.Span row) {
    int eol = text.indexOf('\n', row.start());
    return text.substring(row.start(), eol < 0 || eol > row.end() ? row.end() : eol).strip();
  }
}
