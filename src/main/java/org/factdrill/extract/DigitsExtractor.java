package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;

/**
 * The first recognizer: years and grouped numbers written in digits, skipping citation markers
 * and model names. Kept small on purpose; richer recognizers build on the same contract.
 */
public final class DigitsExtractor implements Extractor {
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-\\[/.,])(\\d{1,3}(?:([.,])\\d{3})(?:\\2\\d{3})*|\\d+)(?![\\p{N}\\]\\-/]|[.,]\\d)");

  @Override
  public List<Fact> extract(Document doc) {
    String text = doc.text();
    List<Span> sentences = Sentences.split(text, doc.lang());
    List<Fact> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String raw = m.group(1);
      BigDecimal value = parse(raw, doc.lang());
      if (value == null) {
        continue;
      }
      Span sentence = sentenceOf(sentences, m.start());
      boolean year = raw.length() == 4 && value.intValue() >= 1000 && value.intValue() <= 2100;
      Value v = year ? new Value.Date(raw) : new Value.Num(value);
      out.add(new Fact(m.start(1), m.end(1), raw, year ? FactKind.DATE : FactKind.NUMBER, v, null,
          false, sentence));
    }
    return out;
  }

  private static BigDecimal parse(String raw, Language lang) {
    String digits = raw.replace(",", "").replace(".", "");
    if (raw.contains(".") && lang != Language.VI || raw.contains(",") && lang == Language.VI) {
      return null;
    }
    return new BigDecimal(digits);
  }

  static Span sentenceOf(List<Span> sentences, int offset) {
    for (Span s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
