package org.factdrill.generate;

import static org.factdrill.generate.TopicShapes.topicShaped;
import static org.factdrill.generate.TopicShapes.wordLikeFileName;
import static org.factdrill.generate.YearlessTitles.withoutYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.extract.Fact;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Layout;
import org.factdrill.text.LayoutClassifier;
import org.factdrill.text.Sentences;
import org.factdrill.text.RowClause;
import org.factdrill.text.Span;
import org.factdrill.text.TopicLines;

/**
 * What a question needs to stand on its own: the document's topic (its title, and the nearest
 * heading before the fact) as a short context line; whether a sentence is prose or layout (a
 * headline, caption, infobox row or reference entry ends without a sentence mark); and whether a
 * sentence opens with a word pointing back to the sentence before it.
 */
final class Context {
  private static final int MAX_CONTEXT = 140;
  /** Cell separators, template fields ("|date=", "{{"), markup left in the text. */
  private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
      "\\||\\{\\{|\\}\\}|\\t|(?<=\\p{L})=(?=\\S)|</?\\p{Alpha}+[^>]*>");

  private final OpeningWords openings = new OpeningWords();
  private final Map<Language, java.util.regex.Pattern> backRefs = new java.util.HashMap<>();
  private final Map<Language, Set<String>> subordinators = new java.util.HashMap<>();
  private final Map<Language, Set<String>> notNouns = new java.util.HashMap<>();
  private final Map<Language, Set<String>> strictRefs = new java.util.HashMap<>();
  private final Map<Language, PhraseEndRefs> phraseEnds = new java.util.HashMap<>();
  /** Place nouns ("@" lines): a demonstrative with one of them always points back. */
  private final Map<Language, Set<String>> placeNouns = new java.util.HashMap<>();
  private final TopicNouns topicNouns = new TopicNouns();
  private final TopicNames names = new TopicNames();

  /**
   * A demonstrative found in a clause, and the noun it goes with ("this" "plan"); {@code strict}
   * when it always points back to an instance named before (pack lines with "!": "the above",
   * "nói trên"), so the sentence before must name its noun too.
   */
  record BackRef(int start, int end, String word, String noun, boolean strict) {}

  Context() {
    for (Language l : Language.values()) {
      List<String> refs = new ArrayList<>();
      Set<String> notNouns = new TreeSet<>();
      Set<String> strict = new TreeSet<>();
      Set<String> places = new TreeSet<>();
      for (String x : LangWords.lines(l, "backrefs")) {
        if (x.startsWith("!") || x.startsWith("?")) { // "?": only where it ends its phrase
          strict.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
          refs.add(x.substring(1).strip());
        } else if (x.startsWith("+") || x.startsWith("=") || x.startsWith("&")) {
          continue; // words around a "?" word (PhraseEndRefs)
        } else if (x.startsWith("@")) {
          places.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
        } else if (x.startsWith("-")) {
          notNouns.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
        } else {
          refs.add(x);
        }
      }
      this.notNouns.put(l, notNouns);
      strictRefs.put(l, strict);
      placeNouns.put(l, places);
      phraseEnds.put(l, PhraseEndRefs.of(l, LangWords.lines(l, "backrefs")));
      backRefs.put(l, refs.isEmpty() ? null : java.util.regex.Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{M}])(?:" + String.join("|", refs.stream()
              .sorted(java.util.Comparator.comparingInt(String::length).reversed())
              .map(java.util.regex.Pattern::quote).toList()) + ")(?![\\p{L}\\p{M}])"));
      Set<String> sub = new TreeSet<>();
      LangWords.lines(l, "subordinators").forEach(x -> sub.add(x.toLowerCase(Locale.ROOT)));
      subordinators.put(l, sub);
    }
  }

  /**
   * A definite noun of the text's topic in {@code prompt} ("המלחמה", the war) that neither the
   * prompt's other words nor the context line name ("מלחמת …") after {@code before}; null if none.
   */
  String unnamedTopic(Language lang, String prompt, String contextLine, String text,
      java.util.function.Supplier<String> before) {
    return topicNouns.unnamed(lang, prompt, contextLine, text, before);
  }

  /** True when {@code before} says which thing the topic noun {@code word} is ("The X War"). */
  boolean topicNamedIn(Language lang, String word, String before, String text) {
    return topicNouns.namedIn(lang, word, before, text);
  }

  /** True when {@code sentence} names someone or something itself (a proper noun, a topic word). */
  boolean namesSubject(Document doc, String sentence) {
    return names.namesSubject(sentence, doc.text());
  }

  /** True when {@code doc}'s text writes {@code word} capitalised in mid-sentence (a name). */
  boolean writesAsName(Document doc, String word) {
    return names.writesAsName(word, doc.text());
  }

  /** One document's title, headings and sentences, from its layout. */
  final class Doc {
    private final Document doc;
    private final List<Span> headings = new ArrayList<>();
    private final List<Span> sentences;
    private final String title;
    private final RepeatedFacts repeated = new RepeatedFacts();
    private final SectionHeads heads = new SectionHeads();
    private final TeaserHeads teasers;

    Doc(Document doc) {
      this.doc = doc;
      String t = doc.text();
      Layout layout = doc.layout();
      org.factdrill.text.LayoutWords w = org.factdrill.text.LayoutWords.of(doc.lang());
      // Lines between the title and the article's first paragraph are page furniture (a diff
      // page's legend, "Breaking News"), not sections of the text.
      int articleStart = Integer.MAX_VALUE;
      int proseStart = t.length();
      for (org.factdrill.text.Block b : layout.blocks()) {
        if (b.cls() == org.factdrill.text.LineClass.PROSE) {
          proseStart = Math.min(proseStart, b.span().start());
        }
        if (b.cls() == org.factdrill.text.LineClass.PROSE
            && b.of(t).strip().split("\\s+").length >= 25) {
          articleStart = b.span().start();
          break;
        }
      }
      for (org.factdrill.text.Block b : SectionHeads.blocks(layout, t, w)) {
        String raw = LayoutClassifier.cleanHeading(b.of(t), w);
        // An entry's title line ("Headline – 12 March 2009") names its entry by its headline.
        String entry = org.factdrill.text.EntryTitles.headline(raw, w);
        if (b.span().start() < articleStart && entry == null) {
          continue; // (an entry's title heads its entry, however short the entry)
        }
        raw = entry != null ? entry : raw;
        if (w.isReferenceSection(raw) || w.isLinkSection(raw)) {
          continue; // "References", "See also": the page's apparatus, not a part of its topic
        }
        String h = TopicLines.clean(shorten(PromptBuilder.clean(raw)), doc.lang());
        boolean usable = h != null && topicShaped(h, w) && !ContextLines.menuRun(h)
            && !org.factdrill.text.ChromeLines.isChrome(raw, w); // (a size control, a date line)
        if (usable) {
          headings.add(b.span());
        }
        if (usable || raw.codePoints().anyMatch(Character::isLetter)) {
          // (an edit link alone heads nothing)
          heads.add(b, usable ? h : null, t, layout, entry != null);
        }
      }
      String lt = org.factdrill.text.EntryTitles.titleOf(layout.title(), w); // its own headline
      boolean usable = lt != null && !lt.isBlank()
          && (layout.titleFromText() || wordLikeFileName(lt));
      String ti = usable ? TopicLines.clean(shorten(PromptBuilder.clean(lt)), doc.lang()) : null;
      boolean menu = ti != null && ContextLines.menuRun(ti); // links run together name no topic
      if (menu || ti == null && !layout.titleFromText()) {
        // No line of the text names it: the file name's words, as the text writes them (not a
        // two-word fragment of a longer line).
        ti = TopicLines.fromFileName(doc.source(), t, doc.lang());
        ti = ti == null || ContextLines.fragment(ti, t) ? null : shorten(ti);
      }
      if (ti != null && !names.namesTopic(doc.lang(), ti, t,
          layout.titleFromText() && layout.titleLine().isEmpty())) {
        ti = null; // a notice ("NOTE TO READERS") or a sentence's fragment names nothing
      }
      // "November 2014" over an archive's entries names no topic: each entry's own subject (a
      // teaser's) or no context line, not the first entry's name for them all.
      boolean dateOnly = ti != null && DateOnlyTitles.only(ti, doc.lang());
      ti = dateOnly ? null : ti;
      this.teasers = new TeaserHeads(doc); // (the name opening a listing is its first teaser's)
      this.title = ti != null || teasers.page() || dateOnly ? ti : names.openingName(t, proseStart);
      this.sentences = Sentences.split(t, doc.lang());
    }

    /** True when the fact was asked from an earlier sentence of this document already. */
    boolean repeats(Fact f) {
      return repeated.repeats(doc.text(), f);
    }

    /** The document's title, or null when neither its text nor its file name names a topic. */
    String title() {
      return title;
    }

    /** The context line for a fact at {@code pos}: title, and the nearest heading if another. */
    String line(int pos) {
      return line(pos, part -> false);
    }

    /**
     * The context line for a fact at {@code pos}, without a part that {@code givesAway} (a
     * title stating the answer's year): the title and the nearest heading, either one alone,
     * or null.
     */
    String line(int pos, java.util.function.Predicate<String> givesAway) {
      SectionHeads.Governing gov = heads.at(pos);
      // A list entry's row ("From 1428 to 1433, 5 years in all.") is about its entry's name; a
      // listing's row about its label (and a title that is a label is its row's, no other's).
      Span row = doc.layout().rowAt(pos).orElse(null);
      String entry = row != null ? ContextLines.label(doc.text(), row) : entryName(pos);
      String heading = teasers.page() ? teasers.at(pos) // a teaser is about its own subject
          : entry != null ? entry : ContextLines.inOwnScript(doc.lang(), gov.heading());
      // On a page of posts, a post's own title is the topic of its sentences, not the page's.
      String title = gov.inPost() ? gov.post() : row != null && ContextLines.isLabel(doc, this.title)
          ? null : this.title;
      title = DateOnlyTitles.only(title, doc.lang()) ? null : title; // a post's date, no topic
      String ti = title != null && !givesAway.test(title) ? title : null;
      if (ti == null && title != null) {
        // "Treaty of X (1884)" names the answer by its year: the name alone still names the topic.
        String bare = withoutYear(title, doc.lang());
        ti = bare != null && !givesAway.test(bare) ? bare : null;
      }
      String he = heading != null && !givesAway.test(heading) ? heading : null;
      if (he == null && heading != null) {
        // "Peace of Prague (1635)" over a fact of 1635: the name alone still says which part.
        String bare = withoutYear(heading, doc.lang());
        he = bare != null && !givesAway.test(bare) ? bare : null;
      }
      if (ti == null) {
        // "Background" alone says which part, not what about: no context line then.
        // (an entry's name heading its rows is a name: it names their subject)
        return he != null && !he.equals(entry) && (org.factdrill.text.LayoutWords.of(doc.lang()).isGenericSection(he)
            || !names.namesTopic(doc.lang(), he, doc.text(), false)) ? null : he;
      }
      if (he == null || same(he, ti) || ti.length() + he.length() + 3 > MAX_CONTEXT) {
        return ti;
      }
      // Each part may read as a topic while the two joined read as a page's chrome (a credit
      // line and a breadcrumb on either side of the dash): the line is checked as shown.
      String both = ti + " — " + he;
      return org.factdrill.text.TopicLines.isLayout(both, doc.lang()) ? ti : both;
    }

    /** The name heading the list entry whose row is the sentence at {@code pos}, or null. */
    String entryName(int pos) {
      String t = doc.text();
      if (!t.substring(t.lastIndexOf('\n', pos - 1) + 1, pos).isBlank()) {
        return null; // (cheap first: a row opens its line)
      }
      for (Span x : sentences) {
        if (x.start() > pos) {
          break;
        }
        if (x.start() == pos) {
          return EntryRows.isRow(doc.lang(), doc.text(), x.start(), x.end())
              ? EntryRows.heading(doc.lang(), doc.text(), pos) : null;
        }
      }
      return null;
    }

    /** True when the sentence is a heading, caption, infobox row or the like, not prose. */
    boolean isLayout(Span sentence) {
      for (Span h : headings) {
        if (h.overlaps(sentence)) {
          return true;
        }
      }
      if (doc.layout().classAt(sentence.start()).isLayout()) {
        return true;
      }
      String s = PromptBuilder.clean(sentence.of(doc.text()));
      if (TABLE.matcher(s).find()) {
        return true; // table cells, infobox or template fields: "Signed | 28 June 1919 |"
      }
      String core = s.replaceAll("[\\s\"'”’»)\\]]+$", "");
      // A colon or semicolon at the end opens a list or a cut clause: not a whole sentence.
      if (core.matches("(?s).*[.!?…]$")) {
        return s.contains("\t") || s.matches("(?iu).*\\b(?:ISBN|ISSN|doi:|retrieved)\\b.*");
      }
      if (RowClause.datedClause(s, doc.lang())) {
        return false; // a chronology's row told as a clause: a dated fact, though no mark ends it
      }
      // No sentence mark at its end: prose only when it is a long run of words (a clipped
      // paragraph), never a short line (headline, caption, "Label: value" row).
      return s.length() < 120 || s.split("\\s+").length < 15;
    }

    /**
     * The last sentence of the paragraph right above the one {@code s} opens (only blank lines
     * between them); null if {@code s} does not open its paragraph or nothing is above it.
     */
    Span paragraphBefore(Span s) {
      Span prev = null;
      for (Span x : sentences) {
        if (x.end() <= s.start()) {
          prev = x;
        }
      }
      if (prev == null) {
        return null;
      }
      String between = doc.text().substring(prev.end(), s.start());
      return between.contains("\n\n") && between.isBlank() ? prev : null;
    }

    /** The sentence before the one at {@code s}, in the same paragraph; null if none. */
    Span previous(Span s) {
      Span prev = null;
      for (Span x : sentences) {
        if (x.end() <= s.start()) {
          prev = x;
        }
      }
      if (prev == null || doc.text().substring(prev.end(), s.start()).contains("\n\n")) {
        return null;
      }
      return prev;
    }
  }

  Doc of(Document doc) {
    return new Doc(doc);
  }

  /** The subordinating words of a language ("while", "khi", "כאשר"). */
  Set<String> subordinators(Language lang) {
    return subordinators.getOrDefault(lang, Set.of());
  }

  /**
   * The demonstratives in text[from, to) with the noun each goes with (the word after it, or
   * before it where the language puts demonstratives after the noun).
   */
  List<BackRef> backReferences(Language lang, String text, int from, int to) {
    java.util.regex.Pattern p = backRefs.get(lang);
    List<BackRef> out = new ArrayList<>();
    if (p == null) {
      return out;
    }
    boolean after = "yes".equals(lang.pack().setting("demonstrative-after-noun", ""));
    java.util.regex.Matcher m = p.matcher(text).region(from, to);
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\"'׳״]+");
    while (m.find()) {
      String noun = null;
      if (after) {
        java.util.regex.Matcher w = word.matcher(text.substring(from, m.start()));
        while (w.find()) {
          noun = w.group();
        }
      } else {
        java.util.regex.Matcher w = word.matcher(text.substring(m.end(), to));
        if (w.find() && w.start() <= 2) {
          noun = w.group();
        }
      }
      if (noun != null && notNouns.getOrDefault(lang, Set.of())
          .contains(noun.toLowerCase(Locale.ROOT))) {
        continue; // "those who", "trong đó": no noun pointed back to
      }
      PhraseEndRefs ends = phraseEnds.get(lang);
      if (ends.has(m.group()) && (noun == null || !ends.closesPhrase(text, m.end(), to))) {
        continue; // "trên núi": the preposition before its object, a place
      }
      out.add(new BackRef(m.start(), m.end(), m.group(), noun,
          strictRefs.get(lang).contains(m.group().toLowerCase(Locale.ROOT))
          || noun != null && placeNouns.get(lang).contains(noun.toLowerCase(Locale.ROOT))));
    }
    out.addAll(OccasionYears.find(lang, text, from, to)); // "the 1932 fair": which fair?
    return out;
  }

  /**
   * True when {@code target} names the noun: its stem (a Latin or Cyrillic word's first five
   * letters; a word without its one-letter prefix) occurs in it.
   */
  static boolean mentions(Language lang, String target, String noun) {
    if (noun == null || target == null) {
      return false;
    }
    String n = noun.toLowerCase(Locale.ROOT).replaceAll("[\"'׳״]", "");
    String prefixes = lang.pack().prefixes();
    if (!prefixes.isEmpty() && n.length() >= 4 && prefixes.indexOf(n.charAt(0)) >= 0) {
      n = n.substring(1);
    }
    if (n.length() > 5 && !"syllable".equals(lang.pack().setting("word-unit", ""))) {
      n = n.substring(0, 5);
    }
    return n.length() >= 2 && target.toLowerCase(Locale.ROOT).contains(n);
  }

  /** The language's pronouns and anaphoric openers ("they", "ông", "אחריה"), lower-case. */
  Set<String> pronouns(Language lang) {
    return openings.pronouns(lang);
  }

  /** The language's connectives ("and", "but", "và", "ו"), lower-case. */
  Set<String> connectives(Language lang) {
    return openings.connectives(lang);
  }

  /** True when {@code text} opens with a pronoun, demonstrative or connective of its language. */
  boolean pointsBack(Language lang, String text) {
    return openings.pointsBack(lang, text);
  }

  /** True when {@code text} opens with a pronoun or demonstrative ({@link OpeningWords}). */
  boolean opensWithPronoun(Language lang, String text) {
    return openings.opensWithPronoun(lang, text);
  }

  /** The length of a connective opening {@code text} ({@link OpeningWords#connectiveLength}). */
  int connectiveLength(Language lang, String text) {
    return openings.connectiveLength(lang, text);
  }

  private static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return s.replaceAll("[’‘`´]", "'").replaceAll("[“”]", "\"").toLowerCase(Locale.ROOT);
  }

  private static String shorten(String s) {
    String t = s.replace('_', ' ').replaceAll("\\s+", " ").strip();
    if (t.length() <= MAX_CONTEXT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_CONTEXT - 2);
    return t.substring(0, cut < 0 ? MAX_CONTEXT - 2 : cut) + " …";
  }
}
