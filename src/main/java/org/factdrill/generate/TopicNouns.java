package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Definite nouns that point to the text's topic ("המלחמה", the war; "העיר", the town): a prompt
 * using one needs its other words or its context line to name that kind of thing, else the student
 * cannot tell which war or which town is meant. Pack data ({@code lang/<code>/topic-nouns.txt}):
 * {@code noun<TAB>stem} lines, and {@code -phrase} lines for names that hold such a noun and name
 * one thing by themselves ("הבית הלבן", the White House), which point nowhere. A third column
 * {@code name-after} marks a noun that a name may follow in apposition ("העיר גבעון", the town of
 * Givon): a word right after it without the article, that the text writes at least twice (a name
 * recurs; in a script without capitals that is the evidence), names it; {@code name-in-prompt}
 * marks a place noun that any name inside the prompt places ("the merchants of the town" beside
 * "Karvo"); {@code subject} a noun that counts only where it opens its clause, as what the
 * clause is about ("The war ended in …", not "troops stayed throughout the war"); {@code picture}
 * a picture a caption speaks of ("the photograph", "התמונה"), which no words name: only showing it
 * would, so neither the prompt, its context line nor the sentence before can say which;
 * {@code leans} a noun that counts only in a clause telling what came after an earlier event (a
 * word of the pack's {@code after-words} in its opening or right after the noun: "Sau đó, hội nghị
 * …"). In a script with capitals, the name after a {@code name-after} noun is a capitalised word
 * that is no function word. Flags are comma-separated. A line {@code <word} is a word that may
 * stand right before the noun without naming it (a plural marker). A line {@code +word} is a
 * preposition whose phrase after the noun says which one it is ("המצור על עכו", the siege of Acre).
 * A line {@code @word} is a preposition of time: an {@code event} noun as its object ("during
 * the war", "amid war", article or not) is as unnamed as one opening its clause, unless a
 * relative clause after it ({@code ~word} lines: "that", "which") holds a name.
 */
final class TopicNouns {
  /** A noun, its definite form's pattern, and the stems of the words that name its kind. */
  private record Noun(Pattern pattern, String word, Pattern stems, boolean nameAfter,
      boolean nameInPrompt, boolean subject, boolean picture, boolean leans, boolean instance,
      boolean period, Pattern bare, String last) {
    /**
     * True when {@code s} holds one of the stems at a word's start (after the pack's prefix
     * letters), in any case: "War" for "the war", "במלחמת" for "המלחמה"; not "toward".
     */
    boolean stemIn(String s) {
      return stems.matcher(s).find();
    }
  }

  private final Map<Language, List<Noun>> nouns = new HashMap<>();
  private final Map<Language, List<Pattern>> names = new HashMap<>();
  private final Map<Language, java.util.Set<String>> complements = new HashMap<>();
  /** Words that may stand right before a noun without naming it (plural markers: "các"). */
  private final Map<Language, List<String>> markers = new HashMap<>();
  /** Verbs of ending ("ended"): the noun they govern is what the clause dates, as a subject is. */
  private final Map<Language, List<String>> endVerbs = new HashMap<>();
  /** Prepositions of time ("during", "amid"): an event noun after one is what the clause dates. */
  private final Map<Language, List<String>> timePreps = new HashMap<>();
  /** Bare event nouns joined to another bare noun ("in war and peace") are generic. */
  private final CoordinatedEvent coordinated = new CoordinatedEvent();
  /** Relative words ("that", "which"): a relative clause after the noun may name it. */
  private final Map<Language, java.util.Set<String>> relatives = new HashMap<>();
  /** The pack's after-words ("sau đó", "then"): a clause holding one tells what came next. */
  private final Map<Language, Pattern> afterWords = new HashMap<>();

  TopicNouns() {
    for (Language l : Language.values()) {
      String prefixes = l.pack().prefixes();
      String lead = "(?<![\\p{L}\\p{M}])" + (prefixes.isEmpty() ? "" : "[" + prefixes + "]{0,2}");
      List<Noun> ns = new ArrayList<>();
      List<Pattern> ps = new ArrayList<>();
      java.util.Set<String> cs = new java.util.HashSet<>();
      List<String> ms = new ArrayList<>();
      List<String> vs = new ArrayList<>();
      List<String> tp = new ArrayList<>();
      java.util.Set<String> rel = new java.util.HashSet<>();
      List<String> lines = LangWords.lines(l, "topic-nouns");
      for (String x : lines) {
        if (x.startsWith("@")) {
          tp.add(x.substring(1).strip().toLowerCase(java.util.Locale.ROOT));
        } else if (x.startsWith("~")) {
          rel.add(x.substring(1).strip().toLowerCase(java.util.Locale.ROOT));
        }
      }
      for (String x : lines) {
        if (x.startsWith("@") || x.startsWith("~")) {
          continue;
        }
        if (x.startsWith("<")) {
          ms.add(x.substring(1).strip());
          continue;
        }
        if (x.startsWith("=")) { // a verb whose object is what its clause dates ("ended the war")
          vs.add(x.substring(1).strip().toLowerCase(java.util.Locale.ROOT));
          continue;
        }
        if (x.startsWith("+")) {
          cs.add(x.substring(1).strip());
          continue;
        }
        if (x.startsWith("-")) {
          ps.add(Pattern.compile(lead + Pattern.quote(x.substring(1).strip())
              + "(?![\\p{L}\\p{M}])"));
          continue;
        }
        String[] kv = x.split("\t");
        if (kv.length >= 2) {
          ns.add(new Noun(Pattern.compile(lead + withFigure(kv[0].strip(), l)
              + "(?![\\p{L}\\p{M}])"), kv[0].strip(),
              Pattern.compile("(?iu)" + lead + "(?:" + String.join("|", java.util.Arrays.stream(
                  kv[1].strip().split("\\|")).map(Pattern::quote).toList()) + ")"),
              flag(kv, "name-after"), flag(kv, "name-in-prompt"), flag(kv, "subject"),
              flag(kv, "picture"), flag(kv, "leans"), flag(kv, "instance"), flag(kv, "period"),
              flag(kv, "event") ? bare(lead, kv[0].strip(), tp) : null, lastWord(kv[0].strip())));
        }
      }
      markers.put(l, ms);
      endVerbs.put(l, vs);
      timePreps.put(l, tp);
      relatives.put(l, rel);
      List<String> after = LangWords.lines(l, "after-words");
      afterWords.put(l, after.isEmpty() ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:"
          + String.join("|", after.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{M}])"));
      nouns.put(l, ns);
      names.put(l, ps);
      complements.put(l, cs);
    }
  }

  /**
   * A topic noun in {@code prompt} that neither the prompt's other words nor the context line
   * name; null when there is none.
   */
  String unnamed(Language lang, String prompt, String contextLine) {
    return unnamed(lang, prompt, contextLine, null);
  }

  /** As above; {@code text} (the whole document, or null) shows which words recur as names. */
  String unnamed(Language lang, String prompt, String contextLine, String text) {
    return unnamed(lang, prompt, contextLine, text, null);
  }

  /**
   * As above; {@code before} is what the paragraph said before the prompt (or null). A noun
   * flagged {@code instance} ("the ship", "the act") counts only when {@code before} names an
   * instance of its kind ("USS Arlen", "the Dock Act"): then "the ship" is that one, which the
   * prompt does not say; where nothing before names one, the noun stands as it is.
   */
  String unnamed(Language lang, String prompt, String contextLine, String text,
      java.util.function.Supplier<String> before) {
    String p = withoutNames(lang, prompt);
    for (Noun t : nouns.getOrDefault(lang, List.of())) {
      if (!p.contains(t.last())) { // one look instead of two scans: neither pattern can match
        continue;
      }
      Matcher m = t.pattern().matcher(p);
      boolean found = m.find();
      boolean timed = found && t.bare() != null && afterTimePreposition(lang, p, m.start());
      if (!found && t.bare() != null) { // "amid war": the event noun without its article
        m = t.bare().matcher(p);
        found = timed = m.find() && !coordinated.generic(lang, p, m.start(), m.end(),
            timePreps.getOrDefault(lang, List.of())); // "in war and peace": the kind
      }
      if (found && (!t.instance() || before != null && namesInstance(lang, t, before.get(), text))
          && (!t.subject() || OPENING.matcher(lead(lang, p, m.start(), t.instance())).matches()
              || !t.instance() && endedBy(lang, p.substring(0, m.start())) || timed)
          && (!t.leans() || leansBack(lang, lead(lang, p, m.start(), false), p.substring(m.end())))
          && !capitalisedInside(p, m.start(), t.instance() ? ownStart(p, m.start()) : 0)
          && !named(lang, t, p, m, text)
          && !(contextLine != null && t.stemIn(contextLine) && !t.picture())) {
        return t.word();
      }
    }
    return contextLine == null ? GenericPeriod.subject(lang, p) : null;
  }


  /**
   * What stands before the noun at {@code at}, less a plural marker right before it ("Sau đó, các
   * hội đồng …" opens its clause as "Sau đó, hội đồng …" does: the marker names nothing).
   */
  private String lead(Language lang, String p, int at, boolean ownSentence) {
    // "X was built. The ship sank …": the kind noun's clause is its own sentence
    String before = p.substring(ownSentence ? ownStart(p, at) : 0, at);
    for (String w : markers.getOrDefault(lang, List.of())) {
      String low = before.toLowerCase(java.util.Locale.ROOT);
      if (low.endsWith(w + " ") && (low.length() == w.length() + 1
          || !Character.isLetter(low.charAt(low.length() - w.length() - 2)))) {
        return before.substring(0, before.length() - w.length() - 1);
      }
    }
    return before;
  }

  /**
   * The event noun {@code word} ("the war") without its article right after one of the
   * prepositions of time {@code preps} ("amid war", "during war"); null when the noun is one word
   * (a language that joins its article to the noun) or there are no such prepositions.
   */
  private static Pattern bare(String lead, String word, List<String> preps) {
    int sp = word.lastIndexOf(' ');
    if (sp < 0 || preps.isEmpty()) {
      return null;
    }
    return Pattern.compile(lead + "(?iu:" + String.join("|", preps.stream().map(Pattern::quote)
        .toList()) + ")\\s+" + Pattern.quote(word.substring(sp + 1)) + "(?![\\p{L}\\p{M}])");
  }

  /** True when a preposition of time stands right before {@code at} ("during the war"). */
  private boolean afterTimePreposition(Language lang, String p, int at) {
    String low = p.substring(0, at).toLowerCase(java.util.Locale.ROOT);
    for (String w : timePreps.getOrDefault(lang, List.of())) {
      if (low.endsWith(w + " ") && (low.length() == w.length() + 1
          || !Character.isLetter(low.charAt(low.length() - w.length() - 2)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a relative clause right after the noun ({@code after}, from the noun's end) says
   * which one it is: "during the war that Aldoria waged on Brevia", "the war that followed the
   * vote" (a clause of at least two words up to its comma or stop).
   */
  private boolean relativeNames(Language lang, String after) {
    Matcher w = NEXT_WORD.matcher(after);
    if (!w.find() || !relatives.getOrDefault(lang, java.util.Set.of())
        .contains(w.group(1).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String clause = PHRASE_END.split(after.substring(w.end()), 2)[0].strip();
    return clause.split("\\s+").length >= 2;
  }

  /**
   * True when {@code before} ends with a verb of ending ("… in 1856 ended the war"): the event it
   * governs is what the clause dates, as much as an opening subject is.
   */
  private boolean endedBy(Language lang, String before) {
    String low = before.toLowerCase(java.util.Locale.ROOT);
    for (String v : endVerbs.getOrDefault(lang, List.of())) {
      if (low.endsWith(" " + v + " ") || low.equals(v + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the noun at {@code at} is written with a capital after a letter of its sentence
   * ("Sau đó, Quốc hội …", "In 1856, the House …"): a name the text gives the body, not the bare
   * noun (which opens its sentence with a capital only because it opens it).
   */
  private static boolean capitalisedInside(String p, int at, int from) {
    return Character.isUpperCase(p.codePointAt(at))
        && p.substring(from, at).codePoints().anyMatch(Character::isLetter);
  }

  /** Where the sentence holding {@code at} starts in a prompt of two or more sentences. */
  static int ownStart(String p, int at) {
    Matcher end = SENTENCE_END.matcher(p).region(0, at).useTransparentBounds(true);
    int from = 0;
    while (end.find()) {
      from = end.end();
    }
    return from;
  }

  /**
   * True when the clause tells what came after an event told before: a word of the pack's
   * after-words in its opening ({@code lead}: "Sau đó, hội nghị …") or right after the noun
   * ("Hội nghị sau đó …"). Such a clause leans on the sentence before for which body it was.
   */
  private boolean leansBack(Language lang, String lead, String rest) {
    Pattern a = afterWords.get(lang);
    if (a == null) {
      return false;
    }
    Matcher m = a.matcher(rest);
    return a.matcher(lead).find() || m.find() && rest.substring(0, m.start()).isBlank();
  }

  /**
   * True when {@code before} (the sentence before the prompt) says which thing the topic noun
   * {@code word} is: it names its kind outside the bare definite noun ("The Crimean War …" for
   * "the war", "מלחמת העצמאות" for "המלחמה"), or holds the noun with a name or phrase that says
   * which ("the siege of Acre").
   */
  boolean namedIn(Language lang, String word, String before, String text) {
    String p = withoutNames(lang, before);
    for (Noun t : nouns.getOrDefault(lang, List.of())) {
      if (t.word().equals(word)) {
        Matcher m = t.pattern().matcher(p);
        return m.find() ? named(lang, t, p, m, text) : t.stemIn(p) && !t.picture();
      }
    }
    return false;
  }

  /**
   * True when {@code before} names an instance of {@code t}'s kind by its name: a word of the
   * kind that is part of a name (capitalised after its sentence's first word: "the Dock Act"; or
   * an acronym: "USS"), that a name follows ("the steamer Arlen", "tàu Arlen") or that a name
   * stands right before ("the Orvin canal", "a Varnish passenger liner"), or that a sentence says
   * a name is ("Orla was a steamer", "Orla, a steamer of the line,"). A kind word alone ("The army
   * crossed the river") names no instance.
   */
  private boolean namesInstance(Language lang, Noun t, String before, String text) {
    if (before == null) {
      return false;
    }
    for (String sentence : before.split("\n")) { // one sentence a line: each has its own opening
      if (namesInstanceIn(lang, t, withoutNames(lang, sentence), text)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesInstanceIn(Language lang, Noun t, String p, String text) {
    Matcher m = t.stems().matcher(p);
    while (m.find()) {
      Matcher w = WORD_REST.matcher(p).region(m.end(), p.length());
      int end = w.lookingAt() ? w.end() : m.end();
      if (end - m.end() > 2) {
        continue; // "action" is no act, "shipping" no ship
      }
      String word = p.substring(m.start(), end);
      boolean initial = p.substring(0, m.start()).codePoints().noneMatch(Character::isLetter);
      if (word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
          && !word.equals(word.toLowerCase(java.util.Locale.ROOT))
          || Character.isUpperCase(word.codePointAt(0)) && !initial
          || nameFollows(lang, p, end, text) || nameBefore(lang, p.substring(0, m.start()))
          || InstanceNaming.saysIs(lang, p.substring(0, m.start()))) { // "Orla was a steamer"
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of the last two words of {@code head} is a name: capitalised after its
   * sentence's first word and no function word ("the Orvin canal", "a Varnish passenger liner").
   */
  private static boolean nameBefore(Language lang, String head) {
    String[] ws = head.strip().split("\\s+");
    for (int i = Math.max(1, ws.length - 2); i < ws.length; i++) {
      String w = ws[i].replaceAll("[^\\p{L}\\p{M}]", "");
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
          && !TopicNames.closedClass(lang).contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A sentence's end inside a prompt of two: a stop and a space before the next sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*\\s+(?=\\p{Lu})");

  private static final Pattern WORD_REST = Pattern.compile("[\\p{L}\\p{M}]*");

  /** True when the rest of {@code p} names the noun {@code m} found, or the words after it do. */
  private boolean named(Language lang, Noun t, String p, Matcher m, String text) {
    if (t.picture()) {
      return false; // a caption's picture: words describe it, only showing it says which
    }
    String rest = p.substring(0, m.start()) + " " + p.substring(m.end());
    Matcher next = NEXT_WORD.matcher(p.substring(m.end()));
    return t.stemIn(rest) || t.nameInPrompt() && MID_NAME.matcher(rest).find()
        || t.bare() != null && relativeNames(lang, p.substring(m.end()))
        || next.find() && complements.getOrDefault(lang, java.util.Set.of())
        .contains(next.group(1)) // "המצור על עכו": the words after it say which
        && !(t.period() && onlyATime(p.substring(m.end() + next.end())))
        || t.nameAfter() && nameFollows(lang, p, m.end(), text);
  }

  /**
   * True when the phrase {@code after} a preposition gives only a time ("1914-1918", "the
   * 1960s"): a number among its first two words and no capitalised word before its end (a comma,
   * stop or colon; a blank stands for a value). "The events of 1917" says when, not which events;
   * "of the Varn Rising" says which.
   */
  static boolean onlyATime(String after) {
    String phrase = PHRASE_END.split(after, 2)[0].strip();
    String[] ws = phrase.split("\\s+");
    boolean number = false;
    for (int i = 0; i < ws.length && !ws[i].isEmpty(); i++) {
      if (Character.isUpperCase(ws[i].codePointAt(0))) {
        return false;
      }
      number |= i < 2 && (Character.isDigit(ws[i].codePointAt(0)) || ws[i].startsWith("_"));
    }
    return number;
  }

  private static final Pattern PHRASE_END = Pattern.compile("[,;:.!?]\\s|[,;:!?]$|\\.$");

  private String withoutNames(Language lang, String s) {
    String p = s;
    for (Pattern name : names.getOrDefault(lang, List.of())) {
      p = name.matcher(p).replaceAll(" ");
    }
    return p;
  }

  /**
   * The noun's pattern allowing a figure's compound adjective between the article and the noun
   * ("the 75-pound satellite", "the 12-mile canal" are "the satellite", "the canal"), where the
   * noun's form opens with one of the pack's {@code definite-articles} as a word of its own.
   */
  private static String withFigure(String noun, Language l) {
    int sp = noun.indexOf(' ');
    if (sp < 0 || !l.pack().words("definite-articles").contains(noun.substring(0, sp))) {
      return firstEitherCase(noun);
    }
    return firstEitherCase(noun.substring(0, sp)) + FIGURE + Pattern.quote(noun.substring(sp));
  }

  /** What every match of both the noun's patterns holds as written: "war", "מלחמה" of "המלחמה". */
  private static String lastWord(String noun) {
    int sp = noun.lastIndexOf(' ');
    return noun.substring(sp >= 0 ? sp + 1 : Character.charCount(noun.codePointAt(0)));
  }

  /** A figure's compound adjective after the article: " 75-pound", " 12-mile", " 1,200-ton". */
  private static final String FIGURE = "(?:\\s+(?:\\d[\\d,.]*|_{3,})[-‑][\\p{L}]+(?:[-‑][\\p{L}]+)*)?";

  /**
   * The noun as a pattern whose first letter is of either case: "the war" opens a sentence as
   * "The war", while "the House" inside one is a name, not the noun.
   */
  private static String firstEitherCase(String noun) {
    int c = noun.codePointAt(0);
    int n = Character.charCount(c);
    String lo = new String(Character.toChars(Character.toLowerCase(c)));
    String up = new String(Character.toChars(Character.toUpperCase(c)));
    return (lo.equals(up) ? Pattern.quote(lo) : "[" + lo + up + "]")
        + Pattern.quote(noun.substring(n));
  }

  /**
   * What may stand before a noun marked {@code subject} for it to open its clause: nothing but
   * marks, or a short fronted phrase and its comma ("In 1856, the war …").
   */
  static final Pattern OPENING = Pattern.compile("(?s)[\\s\\p{P}]*|[^,]{0,80},\\s*");

  private static boolean flag(String[] kv, String name) {
    for (int i = 2; i < kv.length; i++) {
      if (java.util.Arrays.asList(kv[i].strip().split("\\s*,\\s*")).contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word after another word: a name inside the sentence ("the merchants of Karvo"). */
  static final Pattern MID_NAME = Pattern.compile("[\\p{L}\\p{M},;:)]\\s+\\p{Lu}");

  private static final Pattern NEXT_WORD = Pattern.compile("^ ([\\p{L}\\p{M}\"'׳״]+)");

  /**
   * True when the word at {@code from} is a name. In a script with capitals: a capitalised word
   * that is no function word ("hội đồng Varn"; not "hội nghị sau đó", whose "sau" is written
   * many times). In one without: no article, and written twice in the text (a name recurs).
   */
  private static boolean nameFollows(Language lang, String prompt, int from, String text) {
    Matcher m = NEXT_WORD.matcher(prompt.substring(from));
    String article = lang.pack().setting("definite-article", "");
    if (!m.find() || !article.isEmpty() && m.group(1).startsWith(article)) {
      return false;
    }
    int c = m.group(1).codePointAt(0);
    if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
      return Character.isUpperCase(c) && !TopicNames.closedClass(lang)
          .contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    if (text == null) {
      return false;
    }
    Matcher w = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(m.group(1))
        + "(?![\\p{L}\\p{M}])").matcher(text);
    int n = 0;
    while (w.find() && n < 2) {
      n++;
    }
    return n >= 2;
  }
}
