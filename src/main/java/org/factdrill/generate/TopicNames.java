package org.factdrill.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Whether a line names what a question is about, and the name a document speaks of most when no
 * line of it names its topic. A name is evidence in the text, not a list of words: in a script
 * with capitals, a word the text writes with a capital in the middle of a sentence (a proper
 * noun: a person, place, institution, event) or an acronym; in a script without capitals
 * (Hebrew), a word the text repeats. A line the text repeats whole ("Loạn bảy nước" as the title
 * and the first words of the article) names its topic too. A notice ("NOTE TO READERS") or a
 * fragment of a sentence names nothing, and is no context line.
 */
final class TopicNames {
  /** A name must recur this often to stand for the whole document. */
  private static final int MIN_NAME_COUNT = 3;
  /** A site's own name ("Wikipedia"): where a pasted page comes from, never what it is about. */
  private static final Pattern SITE_NAME = Pattern.compile(
      "(?iu)(?:" + org.factdrill.lang.WordPatterns.anyPack("site-names") + ")");
  /** A word of a caseless script recurring this often is a topic word of its text. */
  private static final int MIN_WORD_COUNT = 2;
  /** A word: letters and marks, inner apostrophes, hyphens and dots ("U.S.", "Rạch-Gầm"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}](?:[\\p{L}\\p{M}'’.\\-]*[\\p{L}\\p{M}])?");
  /**
   * A capitalised word after a lower-case word or a comma on the same line: a proper noun in
   * mid-sentence. Only spaces count between them: after a line break (a paragraph under a
   * heading, a list row's dash) the word starts a sentence.
   */
  private static final Pattern MID_CAPITAL = Pattern.compile(
      "(?<=[\\p{Ll}\\p{M},;]\\h{1,3}|[\\p{Ll}\\p{M}],?\\h\\(|\\h[\\-–—]\\h)(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*)");
  /** A run of capitalised words: a name of one or more words ("United States", "Lý Nam Đế"). */
  private static final Pattern NAME_RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’\\-]*)*");

  /** The end of a line's first sentence: a sentence mark before a space. */
  private static final Pattern OPENING_END = Pattern.compile("(?<=\\p{L}{2}|\\d)[.!?…](?=\\s)");

  private final Map<String, Set<String>> proper = new HashMap<>();

  /** The words the text writes capitalised in mid-sentence, keyed by the text (one per document). */
  private Set<String> properNouns(String text) {
    return proper.computeIfAbsent(text, t -> {
      Set<String> out = new HashSet<>();
      Matcher m = MID_CAPITAL.matcher(t);
      while (m.find()) {
        String w = m.group(1).replaceAll("[.’'\\-]+$", "");
        if (Months.parse(w) == 0) {
          out.add(w);
        }
      }
      return out;
    });
  }

  /** True when {@code text} writes {@code word} capitalised in mid-sentence: a proper noun. */
  boolean writesAsName(String word, String text) {
    return properNouns(text).contains(word);
  }

  /** True when the line's letters are mostly of a script without capitals (Hebrew). */
  static boolean caseless(String line) {
    int cased = 0;
    int caseless = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
          cased++;
        } else {
          caseless++;
        }
      }
    }
    return caseless > cased;
  }

  /**
   * True when {@code line} (a title, a heading, a file name's words) names a topic of
   * {@code text}. A line of its own (a heading, a file name) names it when it has a proper noun or
   * an acronym, when the text says it again inside a sentence, or when half of its longer words
   * recur in the text (a headline in common nouns, "The war in the mountains"); a notice ("NOTE
   * TO READERS") does none of these. A name cut from the article's first sentence ({@code
   * fromSentence}: the words before "is", "là", "הוא") is taken only when it has a proper noun,
   * or opens with no closed-class word and holds no figure: "The city" is the first words of a
   * line, not a topic. In a script without capitals a line of its own is taken as it is, and a name
   * from the first sentence when one of its words recurs in the text.
   */
  boolean namesTopic(Language lang, String line, String text, boolean fromSentence) {
    if (line == null || line.isBlank()) {
      return false;
    }
    String bare = line.strip();
    if (caseless(bare)) {
      // No capitals tell a name from a noun: a line of its own stays; a name cut from the first
      // sentence must be a word the text repeats.
      return !fromSentence || repeatsAWord(lang, bare, text, MIN_WORD_COUNT + 1);
    }
    if (hasName(bare, text)) {
      return true;
    }
    Set<String> closed = closedClass(lang);
    if (fromSentence) {
      Matcher m = WORD.matcher(bare);
      return words(bare) >= 2 && m.find() && !closed.contains(m.group().toLowerCase(Locale.ROOT))
          && !bare.matches("(?s).*\\p{N}.*");
    }
    if (words(bare) >= 2 && inProse(text, bare)) {
      return true; // the text speaks of it by this name, not only in the line itself
    }
    int content = 0;
    int recurring = 0;
    Matcher m = WORD.matcher(bare);
    String lower = text.toLowerCase(Locale.ROOT);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() >= 3 && !closed.contains(w)) {
        content++;
        recurring += wordCount(lower, w) >= 2 ? 1 : 0;
      }
    }
    return content > 0 && recurring * 2 >= content;
  }

  /** Each pack's closed-class words, read once (asked of every prompt's words). */
  private static final Map<Language, Set<String>> PACK_CLOSED =
      LangWords.perLanguage(TopicNames::readClosedClass);

  /** The pack's closed-class words: sentence openers (articles, prepositions) and pronouns. */
  static Set<String> closedClass(Language lang) {
    return PACK_CLOSED.get(lang);
  }

  private static Set<String> readClosedClass(Language lang) {
    Set<String> out = new HashSet<>();
    lang.pack().words("sentence-openers").forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    LangWords.lines(lang, "pronouns").forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return java.util.Collections.unmodifiableSet(out);
  }

  private static int wordCount(String text, String word) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])")
        .matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * True when {@code sentence} names whom or what it is about by itself: a proper noun or an
   * acronym, and it does not open cut ("…"). In a script without capitals nothing tells a name
   * from a common noun, so any sentence there passes (its pronouns are checked elsewhere).
   */
  boolean namesSubject(String sentence, String text) {
    String p = sentence.replace(PromptBuilder.BLANK, " ").strip();
    return !p.startsWith("…") && (caseless(p) || hasName(p, text));
  }

  private boolean hasName(String line, String text) {
    Set<String> names = properNouns(text);
    boolean shouted = !line.matches("(?s).*\\p{Ll}.*");
    Matcher m = WORD.matcher(line);
    boolean firstWord = true;
    while (m.find()) {
      String w = m.group();
      if (!shouted && acronym(w)) {
        return true;
      }
      String title = shouted && w.length() > 1
          ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w;
      if (Character.isUpperCase(title.charAt(0)) && Months.parse(title) == 0
          && (names.contains(title) || !shouted && !firstWord && title.length() > 1)) {
        return true;
      }
      firstWord = false;
    }
    return false;
  }

  /** "WWII", "U.S.", "UN", "NATO": two capitals or more and no lower-case letter. */
  private static boolean acronym(String w) {
    String letters = w.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
  }

  private static boolean repeatsAWord(Language lang, String line, String text, int times) {
    String prefixes = lang.pack().prefixes();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 4 && !prefixes.isEmpty() && prefixes.indexOf(w.charAt(0)) >= 0) {
        w = w.substring(1); // "בירושלים" is "ירושלים" with its preposition
      }
      if (w.length() >= 3 && count(text, w) >= times) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name the text uses most ({@link #frequentName}) as the topic of a text no line of which
   * names it, only when the text opens with it: the lines above its first paragraph of prose
   * (which starts at {@code proseStart}) or that paragraph's first sentence name it. A name that
   * recurs in a story without opening it is a person or place the story passes through
   * ("Washington" in an account of a war), and a paragraph opening in lower case (a book cut
   * into pages) was cut mid-sentence and opens nothing: no context line is better than a
   * misleading one. Null otherwise.
   */
  String openingName(String text, int proseStart) {
    String name = frequentName(text);
    if (name == null) {
      return null;
    }
    int from = Math.max(0, Math.min(proseStart, text.length()));
    String above = text.substring(0, from);
    String first = text.substring(from).strip();
    int eol = first.indexOf('\n');
    first = eol < 0 ? first : first.substring(0, eol);
    if (first.isEmpty() || Character.isLowerCase(first.codePointAt(0))) {
      first = ""; // cut mid-sentence: it opens nothing
    }
    Matcher end = OPENING_END.matcher(first);
    if (end.find()) {
      first = first.substring(0, end.start());
    }
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + Pattern.quote(name)
        + "(?![\\p{L}\\p{M}])").matcher(above + "\n" + first).find() ? name : null;
  }

  /**
   * The name the text uses most, written as it writes it ("Alaska", "City Hall", "Lý Bí"): the
   * most frequent run of capitalised words (a run counted where it stands in mid-sentence, or
   * opens a sentence with two words or more), at least {@link #MIN_NAME_COUNT} times, longer
   * runs winning ties; null in a script without capitals or when no name recurs so.
   */
  String frequentName(String text) {
    if (caseless(text)) {
      return null;
    }
    Set<String> names = properNouns(text);
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = NAME_RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      List<String> words = List.of(run.split("\\s"));
      // A sentence's first word is capitalised whatever it is: keep it only if it is a name.
      if (!names.contains(words.get(0))) {
        if (words.size() < 2) {
          continue;
        }
        run = run.substring(words.get(0).length() + 1);
        words = words.subList(1, words.size());
      }
      if (words.stream().allMatch(w -> Months.parse(w) > 0 || w.length() < 2)
          || SITE_NAME.matcher(run).matches()) {
        continue;
      }
      counts.merge(run, 1, Integer::sum);
    }
    String best = null;
    int bestCount = MIN_NAME_COUNT - 1;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c >= bestCount && modifier(text, e.getKey())) {
        continue; // "Gregorian" of "Gregorian calendar": it names a kind of thing, not a topic
      }
      if (c > bestCount || c == bestCount && best != null
          && (e.getKey().length() > best.length()
          || e.getKey().length() == best.length() && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  /**
   * True when the capitalised {@code run} nearly always (three times in four, twice at least)
   * stands right before one and the same lower-case word that is no closed-class word of any
   * pack: an adjective or a modifier of that common noun ("Gregorian calendar", "Julian
   * calendar"), which names a kind of thing, not what the text is about; so does one word that
   * stands every time before a common word ("Varnish leaders", "Varnish colonists"). A name goes on
   * with words of all sorts ("Alaska was", "Alaska in", "Alaska's purchase").
   */
  static boolean modifier(String text, String run) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(run)
        + "(?![\\p{L}\\p{M}'’\\-])(?:[ \\u00a0]([\\p{Ll}\\p{M}]+))?").matcher(text);
    int all = 0;
    int verbs = 0;
    Map<String, Integer> next = new HashMap<>();
    while (m.find()) {
      all++;
      String w = m.group(1);
      if (w != null && Character.isLowerCase(w.codePointAt(0)) && !CLOSED.contains(w)) {
        next.merge(w, 1, Integer::sum);
        verbs += finiteVerb(run, w) ? 1 : 0;
      }
    }
    for (int n : next.values()) {
      if (n >= 2 && n * 4 >= all * 3) {
        return true;
      }
    }
    // One word standing each time (three times at least) before a common word that is neither
    // a closed-class word nor a verb, never before a mark or a function word, is an adjective of
    // those nouns ("Varnish leaders", "Varnish colonists": a people's adjective), never the topic:
    // a name also ends a clause, goes on with a function word or is a verb's subject ("in
    // Alaska.", "Alaska in", "Alaska joined").
    int before = next.values().stream().mapToInt(Integer::intValue).sum();
    return all >= MIN_NAME_COUNT && before == all && verbs == 0 && !run.contains(" ");
  }

  /** True when {@code word} after {@code run} is a finite verb of some pack ("Valdoria voted"). */
  private static boolean finiteVerb(String run, String word) {
    for (Language l : Language.values()) {
      if (org.factdrill.text.RowClause.is(l, run + " " + word)) {
        return true;
      }
    }
    return false;
  }

  /** The closed-class words of every pack (sentence openers, pronouns), lower case. */
  private static final Set<String> CLOSED = allClosedClass();

  private static Set<String> allClosedClass() {
    Set<String> out = new HashSet<>();
    for (Language l : Language.values()) {
      out.addAll(closedClass(l));
    }
    return Set.copyOf(out);
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }

  /** True when {@code line} occurs in the text other than as a whole line of its own. */
  private static boolean inProse(String text, String line) {
    String t = text.toLowerCase(Locale.ROOT);
    String l = line.toLowerCase(Locale.ROOT);
    for (int i = t.indexOf(l); i >= 0; i = t.indexOf(l, i + 1)) {
      int a = i - 1;
      while (a >= 0 && t.charAt(a) != '\n' && Character.isWhitespace(t.charAt(a))) {
        a--;
      }
      int b = i + l.length();
      while (b < t.length() && t.charAt(b) != '\n' && Character.isWhitespace(t.charAt(b))) {
        b++;
      }
      boolean wholeLine = (a < 0 || t.charAt(a) == '\n') && (b >= t.length() || t.charAt(b) == '\n');
      if (!wholeLine) {
        return true;
      }
    }
    return false;
  }

  /** Words of two letters or more. */
  private static int words(String s) {
    int n = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      n += m.group().length() >= 2 ? 1 : 0;
    }
    return n;
  }
}
