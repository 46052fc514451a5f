package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure's conversion into other units, written in parentheses after it ("N ft (M m)",
 * "N sq mi (M km2)", "N mph (M km/h)"), restates the blanked figure: the prompt leaves it
 * out, so the figure is asked and nothing beside the blank gives it away.
 */
final class Conversions {
  /** The converted unit is short, as a converted unit is written abbreviated ("m", "km/h", "km2"). */
  static final String SHORT_UNIT = "\\p{L}[\\p{L}.²³/\\d]{0,5}(?:\\s\\p{L}{1,3}\\d?)?";
  /**
   * After a measure's figure: its unit in one or two words, then the conversion in parentheses
   * (group 1, with the space before it), "about" or "c." allowed before the converted figure.
   */
  static final Pattern AFTER = Pattern.compile(
      "(?u)^\\s?\\p{L}[\\p{L}.²³]*(?:\\s+\\p{L}[\\p{L}.²³]*)?(\\s*\\(\\s*"
          + "(?:\\p{L}{1,6}\\.?\\s+)?\\p{N}[\\p{N}.,]*\\s?" + SHORT_UNIT + "\\s*\\))");

  /**
   * Before a parenthesised conversion: the measure's unit in one or two words of any length
   * ("30 km (", "120 kilometres (", "586 square miles (about"); the conversion's own unit is
   * short, as a converted unit is written abbreviated ("19 mi", "1,518 km2", "35 sq mi").
   */
  private static final Pattern MEASURE_OPEN = Pattern.compile(
      "(?u)\\p{N}[\\p{N}.,]*\\s?\\p{L}[\\p{L}.²³]*(?:\\s+\\p{L}[\\p{L}.²³]*)?\\s*\\(\\s*"
          + "(?:\\p{L}{1,6}\\.?\\s+)?$");
  private static final Pattern UNIT_CLOSE = Pattern.compile("(?u)^\\s?" + SHORT_UNIT
      + "\\s*\\)");

  private Conversions() {}

  /** Whether the fact is the figure of a conversion in parentheses after a measure. */
  static boolean inside(String text, org.factdrill.extract.Fact f) {
    String before = text.substring(Math.max(0, f.start() - 30), f.start());
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 30));
    return MEASURE_OPEN.matcher(before).find() && UNIT_CLOSE.matcher(after).find();
  }

  /**
   * The sentence's other facts less the conversions: a conversion restates its measure, so it is
   * no figure of its own that could add up with others to the answer ("25 ft (7.6 m) … 13 ft (4.4
   * m)": 7.6 + 13 + 4.4 is 25 by chance).
   */
  static java.util.List<org.factdrill.extract.Fact> without(String text,
      java.util.List<org.factdrill.extract.Fact> facts) {
    return facts.stream().filter(o -> !inside(text, o)).toList();
  }

  /** The template without the conversion that follows its hole's measure; as it was when none. */
  static String dropAfterHole(String template) {
    int hole = template.indexOf(PromptBuilder.HOLE);
    if (hole < 0) {
      return template;
    }
    Matcher m = AFTER.matcher(template).region(hole + 1, template.length());
    m.useAnchoringBounds(true);
    if (!m.find()) {
      return template;
    }
    return template.substring(0, m.start(1)) + template.substring(m.end(1));
  }

  /** Whether a conversion in parentheses follows the measure that opens {@code after}. */
  static boolean follows(String after) {
    return AFTER.matcher(after).find();
  }
}
