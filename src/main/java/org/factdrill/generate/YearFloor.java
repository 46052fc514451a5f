package org.factdrill.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * The earliest year a wrong option may take when the sentence says its event came after an
 * earlier one ("After the treaty, in ___ …", "Sau khi X, năm ___"): the year the text last stated
 * before the sentence, in its paragraph. A year before it would make the sentence's "after"
 * impossible, so a student could rule it out. Words from the pack's {@code after-words.txt}.
 */
final class YearFloor {
  private final Map<Language, Pattern> after = new HashMap<>();

  YearFloor() {
    for (Language l : Language.values()) {
      List<String> words = LangWords.lines(l, "after-words");
      if (words.isEmpty()) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (String w : words) {
        b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
      }
      String prefix = l.pack().prefixes().isEmpty() ? ""
          : "[" + Pattern.quote(l.pack().prefixes()) + "]?";
      after.put(l, Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + prefix + "(?:" + b
          + ")(?![\\p{L}\\p{M}])"));
    }
  }

  /**
   * The floor for wrong years of fact {@code f} in {@code sentence}, or -1 when the sentence
   * says no "after" before the blank or no year stands before the sentence in its paragraph.
   */
  int of(Language lang, String text, Span sentence, Fact f, TimeAnchors anchors) {
    Pattern p = after.get(lang);
    if (p == null || sentence == null || f.start() < sentence.start()) {
      return -1;
    }
    if (!p.matcher(text.substring(sentence.start(), f.start())).find()) {
      return -1;
    }
    TimeAnchors.Anchor a = anchors.statedBefore(sentence.start());
    return a == null ? -1 : a.year();
  }
}
