package org.factdrill.generate;

import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.factdrill.text.RowClause;
import org.factdrill.text.Span;

/** Where a sentence a page cut off (no sentence mark at its end) may still be asked up to. */
final class ClippedSentence {
  private ClippedSentence() {}

  /**
   * The part of sentence {@code s} a question may use: all of it when it ends a sentence (or a
   * colon: its clause is whole, what it announces follows); when
   * it ends none (an excerpt or a page cut off mid-sentence: "… and the island of Co", or an
   * ellipsis inside a phrase, {@link OpenEnds}), up to the
   * last clause end after the fact, outside brackets and lists; null when there is none, or it is a colon
   * (the list it announces is what was cut).
   */
  static Span clipped(String text, Span s, Fact f, Language lang) {
    String core = PromptBuilder.clean(s.of(text)).replaceAll("[\\s\"'”’»)\\]]+$", "");
    if (core.isEmpty() || f.end() >= s.end()
        || ".!?…;:".indexOf(core.charAt(core.length() - 1)) >= 0
        && !OpenEnds.cutInsidePhrase(lang, core) && !TeaserCut.at(text, s, lang, core)
        || RowClause.datedClause(core, lang) && !last(text, s)) {
      return s; // a chronology's row ends at its line end, unless the page was cut inside it
    }
    // Never inside a list ("the towns of Lin, Mer, Tal, …"): a cut there drops the list's end.
    java.util.Set<Integer> listed = ListCommas.listCommas(text.substring(s.start(), s.end()));
    int depth = 0;
    int cut = -1;
    char mark = 0;
    int segment = f.end();
    for (int i = f.end(); i < s.end() - 1; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '–' || c == '—')
          && Character.isWhitespace(text.charAt(i + 1))) {
        // Short items in a row read as a list, unless the item ending here holds a verb: then
        // they are clauses ("it broke out in 1931, lasted for years, ended in 1937"), each whole.
        if (!listed.contains(i - s.start())
            || RowClause.mayHoldVerb(lang, text.substring(segment, i))) {
          cut = i;
          mark = c;
        }
        segment = i + 1;
      }
    }
    if (cut < 0 || mark == ':') {
      return null;
    }
    return new Span(s.start(), cut);
  }

  /** Nothing but white space follows sentence {@code s}: the text may have been cut inside it. */
  private static boolean last(String text, Span s) {
    for (int i = s.end(); i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
