package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;

/**
 * Whether a person pronoun opening a clause ("He …", "In 1905, he …", "Năm 1905, vì … nên ông …")
 * is named by the context line above the prompt. In a biography, a text or section whose title or
 * heading names one person, that pronoun is the person, when nothing in its paragraph before it
 * could be another referent: every sentence there has the same pronoun for its subject or names
 * the person. A line names one person when it opens with a biography word ("Biography of", "Tiểu
 * sử") before a name, or when the text's sentence opening with that line is followed by one whose
 * subject is a person pronoun (the lead of an article on a person: "X (1883–1953) was …. He …").
 * The pronoun must be the one the text uses most often for a subject, so "She …" in a text about a
 * man is not taken for him. Pack data ({@code lang/<code>/biography.txt}): {@code word} lines,
 * the biography words; {@code pronoun} lines, the pronouns that may refer to a person. A pack
 * without them never names a pronoun so.
 */
final class BiographySubject {
  /** A text uses its person's pronoun for a subject at least this often. */
  private static final int MIN_USES = 2;
  /** The subject pronoun after a time phrase stands within this many words of the start. */
  private static final int REACH = 7;

  private record Words(List<String> bioWords, Set<String> pronouns) {}

  /** Per text: its sentences and the person pronoun it uses most as a subject (or ""). */
  private record Text(List<Span> sentences, String pronoun) {}

  private final Map<Language, Words> words = new HashMap<>();
  /** The last text read, and what was read of it (texts come one after another). */
  private String lastText;
  private Text last;
  private final Context context;
  private final TimePhrasePronoun timePhrase = new TimePhrasePronoun();

  BiographySubject(Context context) {
    this.context = context;
    for (Language l : Language.values()) {
      List<String> bio = new ArrayList<>();
      Set<String> pro = new java.util.TreeSet<>();
      for (String line : LangWords.lines(l, "biography")) {
        String[] p = line.split("\t");
        if (p.length == 2 && p[0].strip().equals("word")) {
          bio.add(p[1].strip().toLowerCase(Locale.ROOT));
        } else if (p.length == 2 && p[0].strip().equals("pronoun")) {
          pro.add(p[1].strip().toLowerCase(Locale.ROOT));
        }
      }
      bio.sort(java.util.Comparator.comparingInt(String::length).reversed());
      words.put(l, new Words(List.copyOf(bio), Set.copyOf(pro)));
    }
  }

  /**
   * True when sentence {@code s}, whose clause opens with a pronoun pointing back, is about the
   * person that the context line {@code line} names, so that it may be asked under that line.
   */
  boolean named(Document doc, Context.Doc cd, String line, Span s) {
    Words w = words.get(doc.lang());
    if (line == null || w == null || w.pronouns().isEmpty()) {
      return false;
    }
    if (!doc.text().equals(lastText)) {
      last = read(doc, w);
      lastText = doc.text();
    }
    Text t = last;
    String p = subjectPronoun(doc.lang(), w, PromptBuilder.clean(s.of(doc.text())));
    if (p == null || !p.equals(t.pronoun())) {
      return false;
    }
    for (String part : line.split(" — ")) {
      String name = person(doc, w, t, part.strip());
      if (name != null && alone(doc, cd, w, s, p, name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person's name that {@code part} of a context line gives: the words after a biography
   * word, or the whole part when the text's sentence opening with it is followed by one whose
   * subject is the text's person pronoun; else null.
   */
  private String person(Document doc, Words w, Text t, String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    for (String b : w.bioWords()) {
      if (lower.startsWith(b) && lower.length() > b.length()
          && !Character.isLetter(lower.charAt(b.length()))) {
        String rest = part.substring(b.length()).replaceFirst("^[\\s:,\\-–—]+", "").strip();
        return rest.codePoints().anyMatch(Character::isLetter) ? rest : null;
      }
    }
    String text = doc.text();
    for (int i = 0; i + 1 < t.sentences().size(); i++) {
      String x = PromptBuilder.clean(t.sentences().get(i).of(text)).strip();
      if (x.length() > part.length() && x.toLowerCase(Locale.ROOT).startsWith(lower)
          && !Character.isLetter(x.charAt(part.length()))) {
        Span next = t.sentences().get(i + 1);
        boolean sameParagraph = !text.substring(t.sentences().get(i).end(), next.start())
            .contains("\n\n");
        return sameParagraph && t.pronoun().equals(subjectPronoun(doc.lang(), w,
            PromptBuilder.clean(next.of(text)))) ? part : null;
      }
    }
    return null;
  }

  /**
   * True when every sentence before {@code s} in its paragraph (up to a heading or other layout)
   * has pronoun {@code p} for its subject or names the person: nothing there is another referent.
   */
  private boolean alone(Document doc, Context.Doc cd, Words w, Span s, String p, String name) {
    String[] parts = name.split("\\s+");
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    for (Span prev = cd.previous(s); prev != null && !cd.isLayout(prev); prev = cd.previous(prev)) {
      String x = PromptBuilder.clean(prev.of(doc.text()));
      if (!p.equals(subjectPronoun(doc.lang(), w, x)) && !names(x, name, last)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code sentence} writes the name, or its last word as a word of its own. */
  private static boolean names(String sentence, String name, String last) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.contains(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return last.codePoints().filter(Character::isLetter).count() >= 3 && java.util.regex.Pattern
        .compile("(?<![\\p{L}\\p{M}])" + java.util.regex.Pattern.quote(last) + "(?![\\p{L}\\p{M}])")
        .matcher(lower).find();
  }

  /**
   * The person pronoun that is the subject of {@code sentence}'s main clause: opening it (after a
   * clause prefix letter), after a fronted clause or adverbial, or after an opening time phrase;
   * null when there is none (a kin word before a capitalised name is a title, "Ông Diệm").
   */
  String subjectPronoun(Language lang, String sentence) {
    return subjectPronoun(lang, words.get(lang), sentence);
  }

  private String subjectPronoun(Language lang, Words w, String sentence) {
    String t = sentence.replaceFirst("^[\\s…\"'“‘«(\\-–—]+", "");
    boolean titles = "yes".equals(lang.pack().setting("pronoun-as-title", ""));
    String first = firstWord(t);
    String prefixes = lang.pack().setting("clause-prefixes", "");
    for (String p : w.pronouns()) {
      boolean opens = first.equals(p) || first.length() == p.length() + 1
          && prefixes.indexOf(first.charAt(0)) >= 0 && first.substring(1).equals(p);
      if (opens && !(titles && t.matches("(?s)^\\P{L}*\\p{L}+\\s+\\p{Lu}.*"))) {
        return p;
      }
      if (FrontedPronoun.find(t, context.subordinators(lang), Set.of(p),
          FrontedPronoun.expletives(lang), FrontedPronoun.closers(lang), titles)
          && FrontedPronoun.pronouns(lang, context.pronouns(lang)).contains(p)) {
        return p;
      }
    }
    if (timePhrase.find(lang, t)) {
      String[] x = t.split("\\s+");
      for (int i = 1; i < Math.min(x.length, REACH); i++) {
        String bare = x[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
        if (w.pronouns().contains(bare)) {
          return bare;
        }
      }
    }
    return null;
  }

  private static String firstWord(String t) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[\\p{L}\\p{M}]+").matcher(t);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
  }

  /** The text's sentences and the person pronoun it most often has for a subject. */
  private Text read(Document doc, Words w) {
    List<Span> sentences = Sentences.split(doc.text(), doc.lang());
    Map<String, Integer> uses = new HashMap<>();
    for (Span x : sentences) {
      String p = subjectPronoun(doc.lang(), w, PromptBuilder.clean(x.of(doc.text())));
      if (p != null) {
        uses.merge(p, 1, Integer::sum);
      }
    }
    String best = "";
    int most = MIN_USES - 1;
    for (Map.Entry<String, Integer> e : uses.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      } else if (e.getValue() == most) {
        best = ""; // two pronouns used as often: no one person the text is about
      }
    }
    return new Text(sentences, best);
  }
}
