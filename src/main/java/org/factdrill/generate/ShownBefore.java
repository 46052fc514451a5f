package org.factdrill.generate;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Whether a sentence shown before the asked one (to give its pronoun or demonstrative an
 * antecedent, or its clause a cause) stands on its own, as the asked sentence must: it may not
 * open with a time adverbial that points further back ("Before that, …", "Sau đó, …": a short
 * phrase set off by a comma ending with a demonstrative, or one of the pack's anaphoric phrases),
 * may not be a teaser whose start was cut (it opens with an ellipsis), and may not be the text's
 * framing, the writer or broadcaster speaking in the first person ("Today we turn again to …"):
 * the pack's {@code speaker-words}, outside quotation marks. Its relative times are held to the
 * asked sentence's rules where the prompt's times are resolved.
 */
final class ShownBefore {
  private static final Map<Language, Set<String>> SPEAKERS =
      LangWords.perLanguage(l -> Set.copyOf(LangWords.lines(l, "speaker-words")));
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»");
  private static final Pattern WORD = Pattern.compile("[\\s,.;:!?()\\[\\]—–\"“”'’]+");

  private ShownBefore() {}

  /** Why {@code shown} (cleaned text of the sentences shown before) cannot be shown, or null. */
  static String refused(Language lang, String shown) {
    String t = shown.strip();
    if (t.startsWith("…") || t.startsWith("...")) {
      return "the sentence shown before is a teaser cut at its start";
    }
    if (BankAudit.anaphoraFirst(lang, t)) {
      return "the sentence shown before opens by pointing further back";
    }
    if (speaks(lang, t)) {
      return "the sentence shown before is the writer speaking (first person)";
    }
    return null;
  }

  /**
   * True when a speaker word of the pack (a phrase: "chúng tôi") stands in {@code t} outside
   * quotation marks, or the sentence is the writer's by the pack's first-person words.
   */
  static boolean speaks(Language lang, String t) {
    Set<String> words = SPEAKERS.getOrDefault(lang, Set.of());
    String plain = QUOTED.matcher(t).replaceAll(" ");
    if (!words.isEmpty()) {
      String joined = " " + String.join(" ", WORD.split(plain)) + " ";
      for (String w : words) {
        if (joined.contains(" " + w + " ")) {
          return true;
        }
      }
    }
    return WRITER.firstPerson(lang, plain);
  }

  private static final TimePhrasePronoun WRITER = new TimePhrasePronoun();
}
