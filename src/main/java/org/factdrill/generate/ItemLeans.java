package org.factdrill.generate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * Whether a chronology item, shown without the sentences around it, leans on them: a
 * demonstrative whose noun the item does not name before it ("… used this button …": which
 * button?), or a predicate left out because the clause before gave it, the clause ending on an
 * auxiliary ("X's vote in 1917 did not.": did not what?; pack words {@code elided-ends}). An
 * additive, sequence or contrast adverb inside it ("The millers also opened …", "The canal was
 * then opened …", "The company, however, kept …"; pack words {@code additive-adverbs}) ties it to
 * an event told before, which the item does not show (and "then" tells the order asked): it is
 * taken out, except after a bound word ("until then" is a time).
 */
final class ItemLeans {
  /** Every pack's clause endings that stand for a predicate said before, lower case, read once. */
  private static final Map<Language, Set<String>> ELIDED = LangWords.perLanguage(l -> {
    Set<String> w = l.pack().words("elided-ends");
    return w.isEmpty() ? null : Set.copyOf(w.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
  });

  /** Every pack's additive and sequence adverbs as one pattern, read once (items). */
  private static final Map<Language, java.util.regex.Pattern> ADDITIVE = LangWords.perLanguage(l -> {
    Set<String> w = new java.util.TreeSet<>(l.pack().words("additive-adverbs"));
    w.addAll(l.pack().words("sequence-adverbs"));
    return adverbs(w);
  });
  /** Every pack's sequence adverbs alone ("then"), read once (prompts). */
  private static final Map<Language, java.util.regex.Pattern> SEQUENCE = LangWords.perLanguage(l ->
      adverbs(l.pack().words("sequence-adverbs")));

  /** The adverbs between two words ("was then opened") or set off by two commas ("X, however, kept"). */
  private static java.util.regex.Pattern adverbs(Set<String> w) {
    String any = String.join("|", w.stream().map(java.util.regex.Pattern::quote).toList());
    return w.isEmpty() ? null : java.util.regex.Pattern.compile("(?iu)(?<=[\\p{L}\\p{M}])(?:,\\s+(?:"
        + any + "),|\\s+(?:" + any + "))(?=\\s+[\\p{L}\\p{M}])");
  }
  /**
   * Every pack's contrast adverbs set off by a comma inside a prompt, read once: between commas
   * after the subject ("The fleet, however, had"), before a comma and a final phrase ("grew
   * quickly however, during"), or after a comma at the sentence's end ("…, however."). Without a
   * comma the word may be no adverb ("however hard they tried").
   */
  private static final Map<Language, java.util.regex.Pattern> CONTRAST = LangWords.perLanguage(l -> {
    Set<String> w = l.pack().words("contrast-adverbs");
    if (w.isEmpty()) {
      return null;
    }
    String any = String.join("|", w.stream().map(java.util.regex.Pattern::quote).toList());
    String word = "[\\p{L}\\p{M}\\p{N})\"'’" + PromptBuilder.HOLE + "]";
    return java.util.regex.Pattern.compile("(?iu)(?<=" + word + ")(?:,\\s+(?:" + any
        + "),(?=\\s)|\\s+(?:" + any + "),(?=\\s)|,\\s+(?:" + any + ")(?=\\s*(?:[.;!?]|$)))");
  });
  /** Every pack's bound words ("until then", "since then": there the adverb is a time). */
  private static final Map<Language, Set<String>> BOUND = LangWords.perLanguage(l -> {
    Set<String> w = l.pack().words("bound-words");
    return w.isEmpty() ? null : Set.copyOf(w.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
  });

  private ItemLeans() {}

  /** {@code item} without the additive, contrast and sequence adverbs between its words ("also"). */
  static String withoutAdditive(Language lang, String item) {
    return without(ADDITIVE.get(lang), lang, item);
  }

  /**
   * {@code prompt} without the sequence adverbs between its words ("was then opened") and the
   * contrast adverbs set off by a comma ("The fleet, however, had", "grew quickly however, during"):
   * a prompt that does not show the sentence before has no event for "then" to follow nor a
   * statement for "however" to contrast with.
   */
  static String withoutSequence(Language lang, String prompt) {
    String out = without(SEQUENCE.get(lang), lang, prompt);
    java.util.regex.Pattern contrast = CONTRAST.get(lang);
    return contrast == null ? out : contrast.matcher(out).replaceAll("");
  }

  private static String without(java.util.regex.Pattern p, Language lang, String item) {
    if (p == null) {
      return item;
    }
    Set<String> bound = BOUND.getOrDefault(lang, Set.of());
    java.util.regex.Matcher m = p.matcher(item);
    StringBuilder out = new StringBuilder(item.length());
    int last = 0;
    while (m.find()) {
      int w = m.start();
      while (w > 0 && Character.isLetter(item.charAt(w - 1))) {
        w--;
      }
      if (!bound.contains(item.substring(w, m.start()).toLowerCase(Locale.ROOT))) {
        out.append(item, last, m.start());
        last = m.end();
      }
    }
    return out.append(item.substring(last)).toString();
  }

  /** True when {@code item} points back by a demonstrative or ends with its predicate left out. */
  static boolean leansBack(Language lang, String item, Context ctx) {
    for (Context.BackRef br : ctx.backReferences(lang, item, 0, item.length())) {
      String earlier = item.substring(0, br.start()).strip();
      if (br.noun() != null && earlier.endsWith(br.noun())) {
        earlier = earlier.substring(0, earlier.length() - br.noun().length()); // its own noun
      }
      if (br.noun() != null && !Context.mentions(lang, earlier, br.noun())) {
        return true;
      }
    }
    return elided(lang, item);
  }

  /** True when {@code item} ends (before its end mark) with one of the pack's elided endings. */
  static boolean elided(Language lang, String item) {
    Set<String> ends = ELIDED.get(lang);
    if (ends == null) {
      return false;
    }
    String core = item.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}&&[^'’]]+$", "")
        .replace('’', '\'');
    for (String e : ends) {
      if (core.endsWith(e) && (core.length() == e.length()
          || !Character.isLetterOrDigit(core.charAt(core.length() - e.length() - 1)))) {
        return true;
      }
    }
    return false;
  }
}
