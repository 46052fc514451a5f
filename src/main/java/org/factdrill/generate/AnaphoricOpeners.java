package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.text.Language;

/**
 * The words and phrases a pack declares (anaphora.txt) that, opening a clause, point back to
 * something named before it: plain phrases ("after that"), and a morphological class of
 * prepositions with a pronoun suffix, declared as stems and suffixes (Hebrew "אחריה", after
 * her, is the stem אחר and the suffix יה). The generator treats them as it treats a pronoun
 * opening a sentence: the sentence before it is shown as context, or the fact is not asked.
 */
final class AnaphoricOpeners {
  private AnaphoricOpeners() {}

  /** Every opener of {@code lang}, lower-case; empty when its pack declares none. */
  static Set<String> of(Language lang) {
    return expand(LangWords.lines(lang, "anaphora"));
  }

  /** The openers the lines of an anaphora list declare (see lang/he/anaphora.txt). */
  static Set<String> expand(List<String> lines) {
    Set<String> out = new TreeSet<>();
    Map<String, List<String>> stems = new HashMap<>();
    Map<String, List<String>> suffixes = new HashMap<>();
    for (String line : lines) {
      String[] p = line.split("\t");
      if (p.length == 3 && "stem".equals(p[0].strip())) {
        stems.computeIfAbsent(p[1].strip(), k -> new ArrayList<>()).add(p[2].strip());
      } else if (p.length == 3 && "suffix".equals(p[0].strip())) {
        suffixes.computeIfAbsent(p[1].strip(), k -> new ArrayList<>())
            .addAll(List.of(p[2].strip().split("\\s+")));
      } else if (p.length == 1) {
        out.add(line.strip().toLowerCase(Locale.ROOT));
      }
    }
    stems.forEach((cls, list) -> {
      for (String stem : list) {
        for (String suffix : suffixes.getOrDefault(cls, List.of())) {
          out.add((stem + suffix).toLowerCase(Locale.ROOT));
        }
      }
    });
    return out;
  }
}
