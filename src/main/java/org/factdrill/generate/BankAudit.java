package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.factdrill.text.MisDecoded;

/**
 * Finds, in a finished bank, the faults a teacher never keeps and a program can see: a date answer
 * without its year, a relative time left unresolved, a prompt opening with a pronoun that points
 * to nothing before it, an option or false statement that its hedge makes true, a prefix letter
 * inside the blank, a footnote mark or layout fragment in a prompt, mis-decoded letters. All
 * language knowledge is the packs' (relative times, pronouns, demonstratives, hedges, prefixes,
 * layout words); mis-decoding is the text decoders' own signatures.
 */
public final class BankAudit {
  /** The kinds of fault, with the names a report prints. */
  public enum Category {
    NO_YEAR("no-year"), RELATIVE("relative"), PRONOUN("pronoun"), HEDGE("hedge"),
    PREFIX("prefix"), NOISE("noise"), MOJIBAKE("mojibake");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** The category's name in a report. */
    public String label() {
      return label;
    }
  }

  /** One fault: the bank it is in, the question's id, its category and the stretch that shows it. */
  public record Hit(String bank, String id, Category category, String span) {
    /** The hit as one tab-separated report line. */
    public String line() {
      return bank + "\t" + id + "\t" + category.label() + "\t" + span.replace('\n', ' ');
    }
  }

  private final RelativeTime relative = new RelativeTime();
  private final OpeningWords opening = new OpeningWords();
  private final AuditHedges hedges = new AuditHedges();
  private final MisDecoded decoded = new MisDecoded();
  private final AuditDayPhrase counted = new AuditDayPhrase();

  /** Every fault of every question of {@code bank}, in question order. */
  public List<Hit> audit(String bankName, Bank bank) {
    List<Hit> out = new ArrayList<>();
    for (Question q : bank.questions()) {
      if (q != null) {
        audit(bankName, q, out);
      }
    }
    return out;
  }

  /** The faults of one question, added to {@code out}. */
  void audit(String bankName, Question q, List<Hit> out) {
    Language lang = Language.fromCode(q.lang() == null ? "" : q.lang()).orElse(null);
    String prompt = q.prompt() == null ? "" : q.prompt();
    Sink s = (c, span) -> out.add(new Hit(bankName, q.id(), c, span));
    yearless(q, s);
    if (lang != null) {
      AuditDayMonth.check(lang, q, prompt, s);
      relative(lang, q, prompt, s);
      counted.check(lang, q, prompt, s);
      pronoun(lang, q, prompt, s);
      hedges.check(lang, q, s);
      prefix(lang, q, s);
      AuditLayout.check(lang, q, s);
    }
    mojibake(q, s);
    if (lang != null) {
      outsideLetters(lang, q, s);
    }
  }

  /** Where a check reports a fault. */
  interface Sink {
    void hit(Category c, String span);
  }

  private static final List<String> ASKED = List.of("cloze", "choice", "truefalse");

  /** A date answer (or an event's date) whose value has no year, and none resolved for it. */
  private static void yearless(Question q, Sink s) {
    if (ASKED.contains(q.type().json())) {
      boolean resolved = q.facts().stream().anyMatch(f -> f.resolved() != null
          && f.resolved().value() != null && f.resolved().value().date()
              .map(d -> !d.iso().startsWith("--")).orElse(false));
      if (!resolved && q.answer().value().date().map(d -> d.iso().startsWith("--")).orElse(false)) {
        s.hit(Category.NO_YEAR, q.answer().text() + " = " + q.answer().value().compact());
      }
    }
    for (Question.Event e : q.events()) {
      if (e.date() != null && e.date().startsWith("--")) {
        s.hit(Category.NO_YEAR, e.date() + " " + e.text());
      }
    }
  }

  /**
   * A relative time of the pack in the prompt that the bank does not resolve: no fact records its
   * year, and no year in brackets follows it.
   */
  private void relative(Language lang, Question q, String prompt, Sink s) {
    for (String text : texts(q, prompt)) {
      for (RelativeTime.Found f : relative.find(lang, text, 0, text.length())) {
        if (!resolved(q, text, f) && !(presentAside(q, f) && lastSentence(lang, text, f))) {
          s.hit(Category.RELATIVE, f.text() + " | " + around(text, f.start(), f.end()));
        }
      }
    }
  }

  /**
   * The writer's present ("today": the document's day, offset 0) beside an answer that is a date
   * writing its own year: the present comments on that past and leaves its year absolute
   * ({@link RelativeTime#presentAside}).
   */
  private static boolean presentAside(Question q, RelativeTime.Found f) {
    if (f.kind() != RelativeTime.Kind.DOC || f.unit() != 'd' || f.offset() != 0
        || q.answer().text() == null) {
      return false;
    }
    return q.answer().value().date().map(d -> !d.iso().startsWith("--")
        && q.answer().text().contains(d.iso().replaceFirst("^-", "").split("[-/]")[0]))
        .orElse(false);
  }

  /**
   * True when {@code f} stands in the prompt's last sentence, the asked one: a sentence shown
   * before it (to name a pronoun) is not the one whose written year the present comments on.
   */
  private static boolean lastSentence(Language lang, String text, RelativeTime.Found f) {
    List<org.factdrill.text.Span> s = org.factdrill.text.Sentences.split(text, lang);
    return s.isEmpty() || f.start() >= s.get(s.size() - 1).start();
  }

  /**
   * True when the bank records the expression's year and the student can see it: in the prompt,
   * the context line or the answer (a year recorded but shown nowhere, as when the sentence that
   * states it was cut off, leaves the student to guess).
   */
  private static boolean resolved(Question q, String text, RelativeTime.Found f) {
    String shown = text + " " + (q.context() == null ? "" : q.context()) + " "
        + (q.answer().text() == null ? "" : q.answer().text()) + " "
        + q.answer().value().compact();
    for (Question.FactRef r : q.facts()) {
      if (r.resolved() != null && r.resolved().times() != null) {
        for (Question.Time t : r.resolved().times()) {
          if (t.text() != null && t.text().strip().equalsIgnoreCase(f.text().strip())
              && (shown.contains(String.valueOf(t.year())) || fromAnswer(q, t))) {
            return true;
          }
        }
      }
    }
    // "the following year (1992)": the year written beside it.
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 12));
    return YEAR_AFTER.matcher(after).lookingAt();
  }

  /**
   * True when the time is counted from the answer itself ("in _____, which a year later …"):
   * its evidence quotes the answer's text; its year is not shown, as it would give the answer.
   */
  private static boolean fromAnswer(Question q, Question.Time t) {
    String a = q.answer().text();
    return a != null && !a.isBlank() && t.from() != null && t.from().startsWith("'")
        && t.from().substring(1, Math.max(1, t.from().lastIndexOf('\''))).contains(a.strip());
  }

  private static final java.util.regex.Pattern YEAR_AFTER =
      java.util.regex.Pattern.compile("\\s*[,]?\\s*\\(\\s*\\d{3,4}\\s*\\)");

  /** A prompt or an event that opens with a pronoun or demonstrative of the pack. */
  private void pronoun(Language lang, Question q, String prompt, Sink s) {
    OpeningAnaphor demonstrative = OpeningAnaphor.of(lang);
    for (String text : texts(q, prompt)) {
      String t = text.strip();
      if (t.isEmpty()) {
        continue;
      }
      OpeningAnaphor.Found d = demonstrative.find(t);
      if ((opening.opensWithPronoun(lang, t) && !OpeningWords.titledKin(lang, t) || d != null
          || anaphoraFirst(lang, t)) && !opensResolved(q, t)) {
        s.hit(Category.PRONOUN, around(t, 0, Math.min(t.length(), 30)));
      } else if (RespondedNoun.in(lang, firstSentence(lang, t)) != null) {
        s.hit(Category.PRONOUN, "answers a thing told before | " + around(t, 0,
            Math.min(t.length(), 30)));
      }
    }
  }

  /** The first sentence of {@code t}: what the prompt shows before the rest. */
  private static String firstSentence(Language lang, String t) {
    List<org.factdrill.text.Span> s = org.factdrill.text.Sentences.split(t, lang);
    return s.size() < 2 ? t : t.substring(0, s.get(1).start());
  }

  /**
   * True when the text opens with a relative time the bank resolved ("One year before that
   * (1918), …"): its demonstrative points to a time, and the year written after it says which.
   */
  private static boolean opensResolved(Question q, String t) {
    for (Question.FactRef r : q.facts()) {
      if (r.resolved() != null && r.resolved().times() != null) {
        for (Question.Time time : r.resolved().times()) {
          String w = time.text() == null ? "" : time.text().strip();
          if (!w.isEmpty() && lower(t).startsWith(lower(w))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when the text opens with a short phrase set off by a comma, colon or dash (at most
   * {@link #OPENING_WORDS} words: an adverbial, not a clause with its subject) that holds one of
   * the pack's anaphoric phrases ("after that", "לאחר מכן") or ends with one of its
   * demonstratives: behind a count or a hedge ("about
   * ten years after that, …") it points back as it does opening the sentence.
   */
  static boolean anaphoraFirst(Language lang, String t) {
    String[] parts = FIRST_PHRASE.split(t, 2);
    if (parts.length < 2) {
      return false;
    }
    String first = lower(parts[0]).strip();
    if (first.isEmpty() || first.split("\\s+").length > OPENING_WORDS) {
      return false;
    }
    String[] words = first.split("[^\\p{L}\\p{N}]+");
    if (words.length > 1 && DEMONSTRATIVES.getOrDefault(lang, java.util.Set.of())
        .contains(words[words.length - 1])) {
      return true; // "about ten years after that,", "khoảng mười năm sau đó,"
    }
    for (String w : ANAPHORA.getOrDefault(lang, java.util.Set.of())) {
      int i = first.indexOf(w);
      while (i >= 0) {
        int end = i + w.length();
        if ((i == 0 || !Character.isLetter(first.charAt(i - 1)))
            && (end == first.length() || !Character.isLetter(first.charAt(end)))) {
          return true;
        }
        i = first.indexOf(w, i + 1);
      }
    }
    return false;
  }

  /** The most words an opening adverbial phrase has ("about ten years after that"). */
  private static final int OPENING_WORDS = 5;

  private static final java.util.regex.Pattern FIRST_PHRASE =
      java.util.regex.Pattern.compile("[,;:–—]");
  private static final java.util.Map<Language, java.util.Set<String>> ANAPHORA =
      LangWords.perLanguage(l -> phrases(LangWords.lines(l, "anaphora")));

  private static final java.util.Map<Language, java.util.Set<String>> DEMONSTRATIVES =
      LangWords.perLanguage(l -> {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String w : LangWords.lines(l, "demonstratives")) {
          if (!w.startsWith("-")) {
            out.add(lower(w.strip()));
          }
        }
        return out;
      });

  /** The plain phrases of an anaphora list (not its stems with pronoun suffixes), lower-case. */
  private static java.util.Set<String> phrases(List<String> lines) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String line : lines) {
      if (!line.contains("\t") && line.strip().contains(" ")) {
        out.add(lower(line.strip()));
      }
    }
    return out;
  }

  /** The prompt, or for chronology items, each event: the texts a student reads alone. */
  private static List<String> texts(Question q, String prompt) {
    if (q.events().isEmpty()) {
      return List.of(prompt);
    }
    return q.events().stream().map(Question.Event::text).filter(t -> t != null).toList();
  }

  /** An answer or option carrying a prefix letter glued to its figure or month. */
  private static void prefix(Language lang, Question q, Sink s) {
    if (lang.pack().prefixes().isEmpty()) {
      return;
    }
    List<String> blanks = new ArrayList<>();
    String type = q.type().json();
    if (type.equals("cloze") || type.equals("choice")) {
      blanks.add(q.answer().text());
      blanks.addAll(q.options());
    }
    for (String b : blanks) {
      if (b != null && HebrewPrefix.length(lang.pack(), b.strip()) > 0) {
        s.hit(Category.PREFIX, b);
        return;
      }
    }
  }

  /** Mis-decoded letters anywhere a student reads them. */
  private void mojibake(Question q, Sink s) {
    List<String> all = new ArrayList<>();
    all.add(q.prompt());
    all.add(q.context());
    all.add(q.answer().text());
    all.addAll(q.options());
    q.events().forEach(e -> all.add(e.text()));
    for (String t : all) {
      var found = t == null ? java.util.Optional.<String>empty() : decoded.find(t);
      if (found.isPresent()) {
        s.hit(Category.MOJIBAKE, found.get() + " | " + around(t, 0, Math.min(t.length(), 40)));
        return;
      }
    }
  }

  private static final java.util.Map<Language, org.factdrill.text.OutsideLetters> OUTSIDE =
      LangWords.perLanguage(l -> org.factdrill.text.OutsideLetters.of(l.code()).orElse(null));

  /**
   * A letter the language does not write, with a mark of another script's usage on a base letter
   * it does write (a legacy font conversion's look-alike): mis-decoded, as a wrong code page is.
   */
  private static void outsideLetters(Language lang, Question q, Sink s) {
    org.factdrill.text.OutsideLetters check = OUTSIDE.get(lang);
    if (check == null) {
      return;
    }
    List<String> all = new ArrayList<>();
    all.add(q.prompt());
    all.add(q.answer().text());
    all.addAll(q.options());
    q.events().forEach(e -> all.add(e.text()));
    for (String t : all) {
      var found = check.find(t);
      if (found.isPresent()) {
        s.hit(Category.MOJIBAKE, found.get() + " | " + around(t, 0, Math.min(t.length(), 40)));
        return;
      }
    }
  }

  /** The stretch [start, end) of {@code t} with a few characters either side. */
  static String around(String t, int start, int end) {
    return t.substring(Math.max(0, start - 20), Math.min(t.length(), end + 20)).strip();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean isDate(AnswerValue v) {
    return v.date().isPresent();
  }
}
