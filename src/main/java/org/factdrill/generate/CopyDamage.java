package org.factdrill.generate;

import java.util.function.ToIntFunction;
import org.factdrill.text.DetachedPrefixes;
import org.factdrill.text.Document;
import org.factdrill.text.LostBreaks;
import org.factdrill.text.Span;

/**
 * Damage a copy did to a whole paragraph, so that none of its sentences can be shown as the
 * source wrote it: right-to-left text in visual order ({@link VisualOrder}), prefix letters
 * written apart as words as machine translation writes them ({@link DetachedPrefixes}), or line
 * breaks removed with their spaces ({@link LostBreaks}). The paragraph is the layout's block
 * around the sentence.
 */
final class CopyDamage {
  /** Words that may stand before a year in prose: the pack's date-lead and function words. */
  private static final java.util.Map<org.factdrill.text.Language, java.util.Set<String>> LEADS =
      leads();

  private CopyDamage() {}

  private static java.util.Map<org.factdrill.text.Language, java.util.Set<String>> leads() {
    java.util.Map<org.factdrill.text.Language, java.util.Set<String>> m = new java.util.HashMap<>();
    for (org.factdrill.text.Language l : org.factdrill.text.Language.values()) {
      java.util.Set<String> w = new java.util.HashSet<>();
      for (String list : new String[] {"date-lead-words", "function-words", "period-lead-words",
          "year-words", "bounds"}) {
        for (String e : l.pack().words(list)) {
          w.add(e.toLowerCase(java.util.Locale.ROOT));
        }
      }
      w.addAll(TopicNames.closedClass(l));
      m.put(l, java.util.Set.copyOf(w));
    }
    return java.util.Map.copyOf(m);
  }

  /** Why the paragraph of {@code sentence} is too damaged to ask from, or null. */
  static SkipReason reason(Document doc, Span sentence) {
    if (VisualOrder.garbled(doc, sentence)) {
      return SkipReason.VISUAL_ORDER;
    }
    String prefixes = doc.lang().pack().prefixes();
    if (!prefixes.isEmpty() && marked(doc, sentence, s -> DetachedPrefixes.signs(prefixes, s),
        Integer.MAX_VALUE, DetachedPrefixes.PARAGRAPH_SIGNS)) {
      return SkipReason.DETACHED_PREFIXES;
    }
    String paragraph = paragraph(doc, sentence).of(doc.text());
    return LostBreaks.in(paragraph) || LostBreaks.yearHeads(paragraph, LEADS.get(doc.lang()))
        ? SkipReason.LOST_BREAKS : null;
  }

  /**
   * True when {@code sentence} shows at least {@code inSentence} signs, or its paragraph at least
   * {@code inParagraph}, as {@code signs} counts them.
   */
  static boolean marked(Document doc, Span sentence, ToIntFunction<String> signs,
      int inSentence, int inParagraph) {
    String text = doc.text();
    if (signs.applyAsInt(sentence.of(text)) >= inSentence) {
      return true;
    }
    return signs.applyAsInt(paragraph(doc, sentence).of(text)) >= inParagraph;
  }

  private static Span paragraph(Document doc, Span sentence) {
    return doc.layout() == null ? sentence
        : doc.layout().blockAt(sentence.start()).map(b -> b.span()).orElse(sentence);
  }
}
