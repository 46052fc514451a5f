package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Whether a prompt names what it is about. A clause that names nothing (no proper noun, no
 * acronym, and no word of its context line: "Truyền ngôi năm đời, … cả thảy 97 năm", "From the
 * year of X to Y, in all 149 years") is about what the line or sentence before it named: its
 * subject was dropped or stands in a list row above it. It is asked with the sentence before
 * when that one, in the same paragraph, names someone and the two fit whole in a prompt; otherwise
 * as it is (a paragraph's first sentence has its context line above it). Only in a script with capitals: without them nothing
 * tells a name from a noun ({@link TopicNames#caseless}).
 */
final class NamelessClause {
  /** A Latin or Cyrillic word is matched on its first letters, so "war" meets "wars". */
  private static final int STEM = 5;

  private NamelessClause() {}

  /**
   * Where a prompt that starts as {@code rs} says must start instead: the sentence before, when
   * this one names nothing and that one names someone (and is prose that points back to none, by
   * a pronoun or a demonstrative); else where it was.
   */
  static Referents.Start start(Stem.DocState st, Context context, Span s, Referents.Start rs) {
    Referents.Start r = startNaming(st, context, s, rs);
    r = r != rs ? r : topicBefore(st, context, s, rs);
    return r != rs ? r : respondedBefore(st, context, s, rs);
  }

  /**
   * Where a prompt whose clause answers "the challenge" ({@link RespondedNoun}) must start: at the
   * sentence before (what was answered) when it is prose and the two fit whole; else where it was
   * (the generator then does not ask it: {@link #unnamedInstance}).
   */
  private static Referents.Start respondedBefore(Stem.DocState st, Context context, Span s,
      Referents.Start rs) {
    String text = st.doc().text();
    if (rs.prepended() || RespondedNoun.in(st.doc().lang(),
        PromptBuilder.clean(text.substring(rs.from(), s.end()))) == null) {
      return rs;
    }
    Span prev = Referents.usablePrevious(st, context, s);
    if (prev == null
        || PromptBuilder.clean(text.substring(prev.start(), s.end())).length() > Stem.LONG_WHOLE) {
      return rs;
    }
    return new Referents.Start(prev.start(), true, null, null);
  }

  /**
   * Where a prompt holding a topic noun that nothing on screen names ("The war ended in ___")
   * must start: at the sentence before when that one names it ("The Crimean War began in 1853.")
   * and the two fit whole in a prompt; else where it was (the generator then does not ask it).
   */
  private static Referents.Start topicBefore(Stem.DocState st, Context context, Span s,
      Referents.Start rs) {
    if (rs.prepended()) {
      return rs;
    }
    String text = st.doc().text();
    org.factdrill.text.Language lang = st.doc().lang();
    String noun = context.unnamedTopic(lang, PromptBuilder.clean(text.substring(rs.from(), s.end())),
        st.context().line(s.start()), text, () -> before(st, rs.from()));
    Span prev = noun == null ? null : Referents.usablePrevious(st, context, s);
    if (prev == null || !context.topicNamedIn(lang, noun, PromptBuilder.clean(prev.of(text)), text)
        || PromptBuilder.clean(text.substring(prev.start(), s.end())).length() > Stem.LONG_WHOLE) {
      return rs;
    }
    return new Referents.Start(prev.start(), true, null, null);
  }

  /**
   * The kind noun ("The ship …", pack flag {@code instance}) that a prompt starting at {@code from}
   * opens with while the paragraph before it names an instance of that kind ("USS Arlen …") that
   * nothing on screen shows; null when there is none (the noun stands as it is).
   */
  static String unnamedInstance(Stem.DocState st, Context context, int from, Span s) {
    String text = st.doc().text();
    String prompt = PromptBuilder.clean(text.substring(from, s.end()));
    String answered = from < s.start() ? null : RespondedNoun.in(st.doc().lang(), prompt);
    if (answered != null) {
      return answered; // "answered the challenge": what was answered is told before, not shown
    }
    String line = st.context().line(s.start());
    String noun = context.unnamedTopic(st.doc().lang(), prompt, line, text, () -> before(st, from));
    return noun == null || context.unnamedTopic(st.doc().lang(), prompt, line, text, null) != null
        ? null : noun; // a noun unnamed without the text before is the generator's own skip
  }

  /**
   * What the paragraph says before {@code from}, one sentence a line: the two sentences right
   * before (a name two back is still what "the ship" stands for, a sentence about it between)
   * and the paragraph's first (which names what the paragraph is about); null when none.
   */
  static String before(Stem.DocState st, int from) {
    Span prev = st.context().previous(new Span(from, from));
    if (prev == null) {
      return null;
    }
    Span second = st.context().previous(prev);
    Span first = prev;
    for (Span x = second; x != null; x = st.context().previous(x)) {
      first = x;
    }
    String text = st.doc().text();
    return PromptBuilder.clean(prev.of(text))
        + (second == null || second == first ? "" : "\n" + PromptBuilder.clean(second.of(text)))
        + (first == prev ? "" : "\n" + PromptBuilder.clean(first.of(text)));
  }

  private static Referents.Start startNaming(Stem.DocState st, Context context, Span s,
      Referents.Start rs) {
    String text = st.doc().text();
    if (ClauseEdges.opensMidClause(PromptBuilder.clean(s.of(text)).strip())
        || st.context().entryName(s.start()) != null) {
      // The rest of a sentence split inside it ("105).") is no clause of its own; a list entry's
      // row is about the entry its context line names, not the heading line above it again.
      return rs;
    }
    if (!namesNothing(st.doc(), PromptBuilder.clean(text.substring(rs.from(), s.end())),
        st.context().line(s.start()), context)) {
      return rs;
    }
    Span prev = rs.prepended() ? null : Referents.usablePrevious(st, context, s);
    if (prev == null || !context.namesSubject(st.doc(), PromptBuilder.clean(prev.of(text)))
        || !context.backReferences(st.doc().lang(), text, prev.start(), prev.end()).isEmpty()) {
      // Nothing before it in its paragraph names a subject, or what does points further back
      // itself ("… against this claim"): asked as it is, under its context line, as before.
      return rs;
    }
    if (PromptBuilder.clean(text.substring(prev.start(), s.end())).length() > Stem.LONG_WHOLE) {
      // The pair would have to be cut, and a cut drops the naming sentence first: the clause is
      // asked as it is, under its context line, rather than not at all.
      return rs;
    }
    return new Referents.Start(prev.start(), true, null, null);
  }

  /**
   * True when {@code prompt} (in a script with capitals) names nothing: no proper noun or
   * acronym that {@code names} sees in it, and no content word of {@code contextLine}.
   */
  static boolean namesNothing(org.factdrill.text.Document doc, String prompt, String contextLine,
      Context context) {
    Language lang = doc.lang();
    String p = prompt.replace(PromptBuilder.BLANK, " ");
    if (TopicNames.caseless(p) || context.namesSubject(doc, p)) {
      return false;
    }
    if (contextLine == null) {
      return true;
    }
    List<String> line = keys(lang, contextLine);
    for (String k : keys(lang, p)) {
      if (line.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words a clause is matched on against its context line: lower-cased content words of three
   * letters or more (not the pack's closed-class words), cut to their first letters; in a
   * language written in syllables, pairs of adjacent syllables (one syllable matches anything).
   */
  static List<String> keys(Language lang, String s) {
    Set<String> closed = TopicNames.closedClass(lang);
    List<String> words = new ArrayList<>();
    for (String x : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
      if (!x.isEmpty()) {
        words.add(x);
      }
    }
    List<String> out = new ArrayList<>();
    if ("syllable".equals(lang.pack().setting("word-unit", ""))) {
      for (int i = 0; i + 1 < words.size(); i++) {
        if (!closed.contains(words.get(i)) || !closed.contains(words.get(i + 1))) {
          out.add(words.get(i) + " " + words.get(i + 1));
        }
      }
      return out;
    }
    for (String x : words) {
      if (x.length() >= 3 && !closed.contains(x)) {
        out.add(x.length() > STEM ? x.substring(0, STEM) : x);
      }
    }
    return out;
  }
}
