package org.factdrill.generate;

import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * A person's name written family name first (pack list {@code family-names}: "Trần Hưng Đạo"):
 * a family name, then a capitalised word that is no family name. One family name alone ("thời
 * Lý") names a dynasty; two together ("thời Trịnh Nguyễn") two houses.
 */
final class PersonName {
  private PersonName() {}

  /** True when a person's name starts at word {@code i} ({@code norm}: the words lower-cased). */
  static boolean at(LanguagePack pack, String[] words, String[] norm, int i) {
    Set<String> families = pack.words("family-names");
    return i + 1 < words.length && families.contains(norm[i]) && NamedSpan.nameWord(words[i])
        && NamedSpan.nameWord(words[i + 1]) && !families.contains(norm[i + 1]);
  }
}
