package org.factdrill.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.RowClause;

/**
 * A "sentence" that is a row of a list or table read as prose: names and dates and nothing else
 * ("Lê Thái Tổ (1428–1433).", "Premier Asquith, Statement, to House of Commons, August 4,
 * 1914."). A clause without a verb tells no event, so a question from it stands on nothing. Two
 * statements, both from pack data: in a script with capitals, a sentence none of whose words is
 * a content word (every word is capitalised, a month, or one of the pack's words that are never
 * a verb: sentence openers, pronouns, connectives, {@code function-words}); in any script, a
 * short run of words followed only by a bracketed figure or period ("NAME (1428–1433)"), or
 * by a colon and a period of years ("NAME: 1428–1433, …"), the shapes of a reign or office row.
 * A sentence opening with a bare period of years and a capitalised word right after it
 * ("1390–1452 NAME …") is a table row's cells run into one line. Third, where the pack knows
 * its finite verbs by form ({@code features} {@code verbs-by-shape}):
 * a sentence that opens with its date or a figure (after prefix letters and a year word) and
 * holds no word that may be a finite verb ({@link RowClause#mayHoldVerbLoosely}) is a chronology's or
 * biography's note ("In 1900 among
 * the founders of the union."), not a clause.
 */
final class VerblessRow {
  /** A row's name is this many words at most. */
  private static final int NAME_WORDS = 6;
  /** "NAME (1428–1433)." and nothing after it. */
  private static final Pattern BRACKETED = Pattern.compile(
      "^([^()\\d:;]+?)\\s*\\(\\s*[\\p{N}\\s.,/–—\\-]+\\)[\\s.;,]*$");
  /** "NAME: 1428–1433, …": a period of years right after a colon. */
  private static final Pattern COLON = Pattern.compile(
      "^([^()\\d:;]+?)\\s*:\\s*\\d{3,4}\\s*[–—\\-]\\s*\\d{2,4}(?![\\p{N}]).*$", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
  /**
   * A bare period of years opening the sentence with a capitalised word right after it, no word
   * of prose between: a table row's cells (born–died, then the name) flattened into a line.
   */
  private static final Pattern CELLS = Pattern.compile(
      "\\p{N}{3,4}\\s*[-–—]\\s*\\p{N}{2,4}\\s+\\p{Lu}");
  /**
   * The pack's words that are never a verb (besides its sentence openers, pronouns and
   * connectives). Not its date prepositions: in Vietnamese "tới", "vào", "sau" are verbs too.
   */
  private static final String[] FUNCTION_LISTS = {"function-words"};

  private final Map<Language, Set<String>> function = new HashMap<>();

  /** Words before a date that open it ("בשנת", "שנת", "in"): the pack's year and date-lead words. */
  private static final Map<Language, Set<String>> LEADS = leads();

  /** The function words of every pack, built once. */
  private static final VerblessRow ALL = new VerblessRow();

  private VerblessRow() {
    for (Language l : Language.values()) {
      Set<String> w = new HashSet<>(TopicNames.closedClass(l));
      for (String list : FUNCTION_LISTS) {
        for (String x : l.pack().words(list)) {
          for (String part : x.toLowerCase(Locale.ROOT).split("\\s+")) {
            w.add(part);
          }
        }
      }
      LangWords.lines(l, "connectives").forEach(x -> w.add(x.toLowerCase(Locale.ROOT)));
      function.put(l, Set.copyOf(w));
    }
  }

  private static Map<Language, Set<String>> leads() {
    Map<Language, Set<String>> m = new HashMap<>();
    for (Language l : Language.values()) {
      Set<String> w = new HashSet<>();
      for (String list : new String[] {"year-words", "date-lead-words", "period-lead-words"}) {
        w.addAll(l.pack().words(list));
      }
      m.put(l, Set.copyOf(w));
    }
    return Map.copyOf(m);
  }

  /** True when {@code sentence}, in {@code lang}, is a row of names and dates with no verb. */
  static boolean is(Language lang, String sentence) {
    return is(lang, sentence, w -> true);
  }

  /**
   * As above; {@code isName} says whether the sentence's first word is a name (its text writes it
   * capitalised in mid-sentence): every sentence opens with a capital, "Collaborates with …" too.
   */
  static boolean is(Language lang, String sentence, java.util.function.Predicate<String> isName) {
    return ALL.row(lang, sentence.strip(), isName);
  }

  private boolean row(Language lang, String s, java.util.function.Predicate<String> isName) {
    if (s.isEmpty()) {
      return false;
    }
    if (lang.pack().has("verbs-by-shape") && opensWithFigure(lang, s)
        && !RowClause.mayHoldVerbLoosely(lang, s)) {
      return true;
    }
    if (DayRows.is(lang, s) || pairedRows(lang, s, isName)) {
      return true; // "Ngày <event> (<date>)", and "NAME (date) and NAME (date)": the shape twice
    }
    java.util.regex.Matcher shape = BRACKETED.matcher(s);
    if (!shape.matches()) {
      shape = COLON.matcher(s);
    }
    boolean cased = !TopicNames.caseless(s);
    if (cased && ReignCountRow.is(lang, s)) {
      return true; // "Name, label copula Name, N years.": a ruler's row, the reign as a count
    }
    if (cased && CELLS.matcher(s).lookingAt()) {
      return true; // "1390–1452 Name …": a table's cells, a life and a name, run into one line
    }
    if (shape.matches() && org.factdrill.text.WordCount.of(shape.group(1)) <= nameWords(lang)
        && (!cased || !hasContentWord(lang, shape.group(1)) || named(lang, shape.group(1)))) {
      return true;
    }
    if (!cased || !s.matches("(?s).*\\p{N}.*") || org.factdrill.text.WordCount.of(s) == 0 || hasContentWord(lang, s)) {
      return false;
    }
    java.util.regex.Matcher first = WORD.matcher(s);
    return first.find() && (function.getOrDefault(lang, Set.of())
        .contains(first.group().toLowerCase(Locale.ROOT)) || isName.test(first.group()));
  }

  /** True when {@code s} is two or more "NAME (figure)" rows joined by a comma or "and". */
  private boolean pairedRows(Language lang, String s, java.util.function.Predicate<String> isName) {
    java.util.List<DayRows.Day> days = DayRows.pairs(lang, s);
    if (days == null || days.size() < 2) {
      return false;
    }
    for (DayRows.Day d : days) {
      if (!row(lang, d.name() + " (" + s.substring(d.from(), d.to()) + ")", isName)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the words before a row's period are a name of something that lasted ("the reign of
   * a king", "thời kỳ hưng thịnh của nhà X"), common nouns but no verb: where the pack lists its
   * finite verbs, a phrase holding none of them (nor a form that may be one) tells no event.
   */
  private static boolean named(Language lang, String name) {
    return !lang.pack().words("clause-verbs").isEmpty()
        && !RowClause.mayHoldVerb(lang, name);
  }

  /** A row's name is at most this many words; twice as many where a word is a syllable. */
  private static int nameWords(Language lang) {
    return "syllable".equals(lang.pack().setting("word-unit", "")) ? 2 * NAME_WORDS : NAME_WORDS;
  }

  /** True when a word of {@code s} is lower-case and none of the pack's function words. */
  private boolean hasContentWord(Language lang, String s) {
    Set<String> f = function.getOrDefault(lang, Set.of());
    java.util.regex.Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (Character.isUpperCase(w.codePointAt(0)) || Months.parse(w) > 0) {
        continue;
      }
      if (!f.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence's first word, past the pack's prefix letters, a dash, one year or
   * date-lead word ("בשנת", "מ־") and a month's name ("March 4, 1902 …"), is a figure.
   */
  private static boolean opensWithFigure(Language lang, String s) {
    String[] w = s.split("\\s+", 4);
    int i = 0;
    String first = bare(lang, w[0]);
    if (first.isEmpty() || LEADS.get(lang).contains(first.toLowerCase(Locale.ROOT))) {
      first = ++i < w.length ? bare(lang, w[i]) : "";
    }
    if (!first.isEmpty() && Months.parse(first) > 0) {
      first = ++i < w.length ? bare(lang, w[i]) : "";
    }
    return !first.isEmpty() && Character.isDigit(first.codePointAt(0));
  }

  /** The word without the prefix letters and dashes written before it. */
  private static String bare(Language lang, String word) {
    String prefixes = lang.pack().prefixes();
    int i = 0;
    int letters = 0;
    while (i < word.length() && (prefixes.indexOf(word.charAt(i)) >= 0 && letters++ < 2
        || "-־–".indexOf(word.charAt(i)) >= 0)) {
      i++;
    }
    // Prefix letters are stripped only before a figure, a dash or a lead word, not off any word.
    String rest = word.substring(i);
    return rest.isEmpty() || Character.isDigit(rest.codePointAt(0))
        || LEADS.get(lang).contains(rest.toLowerCase(Locale.ROOT)) ? rest : word;
  }

}
