package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Figures the prompt shows that a wrong value may not repeat: a wrong option equal to a figure
 * the student reads beside the blank is true of another clause, so it is either ruled out unread
 * or makes a false statement that reads true (rubric line 6). Two shapes beyond the asked
 * sentence's own facts: a figure of the same kind in a sentence the prompt shows before it
 * ("… held 12 river forts. They also held _____ hill forts"), and the other side of a dimension
 * glued to the blank by a link of the pack's {@code dimension-links} ("a _____-by-20 yard
 * hall"), which the extractor does not take as a figure of its own.
 */
final class ShownFigures {
  private static final Map<Language, Pattern> DIMENSION = LangWords.perLanguage(ShownFigures::dim);
  private static final Pattern SPACE = Pattern.compile("\\s+");
  /** A dimension's link written with a hyphen ("40-by-20"), or a sign or letter with no space. */
  private static final Pattern GLUED = Pattern.compile(
      "(?s).*[\\-\u2010\u2011\u00d7].*|[xX]");
  /** Characters either side of a fact that place it in the prompt's text. */
  private static final int NEAR = 12;

  private ShownFigures() {}

  /**
   * Keys ({@link Distractors#key}) of the values of kind {@code f.kind()} that the prompt
   * {@code template} shows outside sentence {@code s} (whose own facts the caller has) or on
   * the other side of a dimension with the blank.
   */
  static Set<String> keys(Language lang, String text, Fact f, Span s, List<Fact> all,
      String template) {
    Set<String> out = new HashSet<>();
    if (f.value() instanceof Value.Date) {
      return out; // dates shown beside the blank are bounded by their own rules (PromptDates)
    }
    String shown = SPACE.matcher(template).replaceAll(" ");
    for (Fact o : all) {
      Span os = o.sentence();
      if (o.kind() != f.kind() || os == null || os.equals(s) || os.end() > text.length()) {
        continue;
      }
      String near = text.substring(Math.max(os.start(), o.start() - NEAR),
          Math.min(os.end(), o.end() + NEAR));
      if (shown.contains(SPACE.matcher(near).replaceAll(" ").strip())) {
        out.add(Distractors.key(o.value()));
      }
    }
    Pattern dim = DIMENSION.get(lang);
    if (dim != null && f.value() instanceof Value.Num) {
      Matcher m = dim.matcher(template);
      while (m.find()) {
        String join = m.group("j1") != null ? m.group("j1") : m.group("j2");
        if (!GLUED.matcher(join).matches()) {
          continue; // "grew to _____ by 1920": a spaced word is a time bound, not a dimension
        }
        String n = m.group("a") != null ? m.group("a") : m.group("b");
        String digits = n.replaceAll("[,\u00a0](?=\\d{3}(?!\\d))", "");
        if (digits.matches("\\d+(?:\\.\\d+)?")) {
          out.add(Distractors.key(new Value.Num(new BigDecimal(digits))));
        }
      }
    }
    return out;
  }

  /** The blank, a dimension link, a figure; or a figure, a link, the blank. */
  private static Pattern dim(Language lang) {
    String links = LangWords.alternation(lang, "dimension-links");
    if (links == null) {
      return null;
    }
    String hole = Pattern.quote(String.valueOf(PromptBuilder.HOLE));
    String num = "\\d[\\d,.\u00a0]*\\d|\\d";
    String join = "[\\s\\-\u2010\u2011]*(?:" + links + ")[\\s\\-\u2010\u2011]*";
    return Pattern.compile("(?iu)" + hole + "(?<j1>" + join + ")(?<a>" + num
        + ")(?![\\d\\p{L}])|(?<![\\d\\p{L}.,])(?<b>" + num + ")(?<j2>" + join + ")" + hole);
  }
}
