package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name glossed in another script inside brackets ("Phan Văn San (潘文珊)", "the battle (Trận
 * Rạch Gầm, การรบที่ซากเกิ่ม)", "(באנגלית: Peel Commission)"): a reader of the text's language
 * cannot read it, and in a prompt it is clutter. Each part of a bracket (between commas or
 * semicolons) whose letters are all of another script, after an optional label in the text's own
 * script ending with a colon ("chữ Hán:"), is taken out; a bracket left with nothing is taken out
 * whole. A bracket that holds the blank keeps its other parts.
 */
final class NameGlosses {
  private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^()]*)\\)");
  /** A part: its separator before it, then its text. */
  private static final Pattern PART = Pattern.compile("(^|\\s*[,;]\\s*)([^,;]+)");

  private NameGlosses() {}

  /** {@code raw} without the parts of brackets that are names in a script other than {@code script}. */
  static String without(String script, String raw) {
    Pattern own = Pattern.compile("(?u)\\p{Is" + script + "}");
    // A label may still be a wiki link ("[[Chữ Hán|Hán tự]]:"): prompts are cleaned after this.
    Pattern label = Pattern.compile("(?u)^[\\p{Is" + script + "}\\s\\[\\]|]+:\\s*");
    Matcher b = BRACKET.matcher(raw);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (b.find()) {
      String in = b.group(1);
      StringBuilder kept = new StringBuilder();
      boolean dropped = false;
      Matcher p = PART.matcher(in);
      while (p.find()) {
        String body = label.matcher(p.group(2).strip()).replaceFirst("");
        if (gloss(body, own)) {
          dropped = true;
        } else {
          kept.append(kept.length() == 0 ? "" : p.group(1)).append(p.group(2));
        }
      }
      if (!dropped) {
        continue;
      }
      out.append(raw, last, b.start());
      if (kept.length() > 0) {
        out.append(raw, b.start(), b.start(1)).append(kept.toString().strip()).append(')');
      }
      last = b.end();
    }
    return last == 0 ? raw : out.append(raw.substring(last)).toString();
  }

  /** Two letters or more, none of them of the text's script, and not the blank. */
  private static boolean gloss(String part, Pattern own) {
    if (part.indexOf(PromptBuilder.HOLE) >= 0) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < part.length(); i = part.offsetByCodePoints(i, 1)) {
      int c = part.codePointAt(i);
      if (Character.isLetter(c)) {
        if (own.matcher(new String(Character.toChars(c))).matches()) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
