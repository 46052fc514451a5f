package org.factdrill.generate;

import java.util.function.ToIntFunction;
import org.factdrill.text.DetachedPrefixes;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/**
 * Signs that a paragraph's text is not as its writer wrote it (copied in visual order, machine
 * translated): a few signs in a sentence, or more in its paragraph, mark the sentence. The
 * paragraph is the layout's block around the sentence.
 */
final class ParagraphSigns {
  private ParagraphSigns() {}

  /**
   * Why the paragraph of {@code sentence} is not asked from: copied in visual order
   * ({@link VisualOrder}), prefix letters written apart as words ({@link DetachedPrefixes}); null when
   * neither.
   */
  static SkipReason garbled(Document doc, Span sentence) {
    if (VisualOrder.garbled(doc, sentence)) {
      return SkipReason.VISUAL_ORDER;
    }
    String prefixes = doc.lang().pack().prefixes();
    return !prefixes.isEmpty() && marked(doc, sentence, s -> DetachedPrefixes.signs(prefixes, s),
        Integer.MAX_VALUE, DetachedPrefixes.PARAGRAPH_SIGNS) ? SkipReason.DETACHED_PREFIXES : null;
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
    Span para = doc.layout() == null ? sentence
        : doc.layout().blockAt(sentence.start()).map(b -> b.span()).orElse(sentence);
    return signs.applyAsInt(para.of(text)) >= inParagraph;
  }
}
