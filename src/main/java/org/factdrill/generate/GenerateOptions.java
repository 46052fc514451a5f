package org.factdrill.generate;

import java.util.EnumSet;
import java.util.Set;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;

/** What to generate: question types, languages, and the seed for every random choice. */
public record GenerateOptions(Set<QuestionType> types, Set<Language> languages, long seed) {
  public static GenerateOptions defaults() {
    return new GenerateOptions(EnumSet.allOf(QuestionType.class), new java.util.LinkedHashSet<>(Language.values()), 1L);
  }
}
