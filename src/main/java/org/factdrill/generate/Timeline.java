package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Instructions;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Captions;
import org.factdrill.text.Document;
import org.factdrill.text.LanguageDetector;
import org.factdrill.text.Sha256;
import org.factdrill.text.Span;

/**
 * Timeline questions: four or five events of one document, each dated precisely enough that the
 * order is certain (a year at least, no two dates overlapping), each shown as the clause of its
 * sentence with the date taken out, to be put in chronological order.
 */
final class Timeline {
  /** A dated fact usable as an event: its clause without the date, and the days it may cover. */
  record Event(String card, Question.FactRef ref, String text, String iso, long from, long to,
      Span sentence) {}

  /** Fewer than four events is too easy to order; more than five too long to read at once. */
  private static final int MIN_EVENTS = 4;
  private static final int MAX_EVENTS = 5;
  private static final PromptBuilder CLAUSES = new PromptBuilder(150, 70);
  /** The packs' common words, to tell a sentence in another language than its page's. */
  private static final LanguageDetector WORDS = new LanguageDetector();
  /** Words right before a date that make it a bound, not the time of an event. */
  static final Pattern BOUND = Pattern.compile(
      "(?iu)(?:^|[\\s(])(?:" + EventDateWords.BOUND + "|" + EventDateWords.BOUND_PREFIXES
          + ")[\\s\\-־]*$");
  private static final Pattern LEADING_PREPOSITION = Pattern.compile(
      "(?iu)(?:(?<=^|\\s)(?:" + EventDateWords.DATE_LEAD + ")"
          + "|(?<=^|\\s)(?:" + EventDateWords.DATE_LEAD_PREFIXES + ")[\\-־]?)[\\s,]*$");
  /**
   * An item ending in a word that wants the date cut after it ("…נוסד ב", "…until", "…from"):
   * a date-lead, bound or period-lead word of any pack, or a prefix letter standing alone.
   */
  private static final Pattern DANGLING_END = Pattern.compile(
      "(?iu)(?:^|[\\s(])(?:" + EventDateWords.DATE_LEAD + "|" + EventDateWords.BOUND + "|"
          + EventDateWords.PERIOD_LEAD + "|(?:" + EventDateWords.DATE_LEAD_PREFIXES + "|"
          + EventDateWords.BOUND_PREFIXES + ")[\\-־]?)[\\s\\p{P}&&[^)\\]\"”»]]*$");
  /** A bracket opened right before the date and closed right after it: it held only the date. */
  private static final Pattern OPEN_BEFORE = Pattern.compile("[(\\[]\\s*$");
  private static final Pattern CLOSE_AFTER = Pattern.compile("^\\s*[)\\]]");
  private static final Pattern YEARISH = Pattern.compile("(?<!\\d)(1[0-9]|20)\\d\\d(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d\\d))?(?:-(\\d\\d))?");

  private Timeline() {}

  /**
   * The fact as an event, or null when its date is vague, a bound, or its clause says too little
   * or opens by pointing back ("It ended ...": a chronology item is shown without its context).
   */
  static Event event(Document doc, Fact f, String card, Question.FactRef ref, Context ctx) {
    if (!(f.value() instanceof Value.Date d) || d.isRange() || d.year() <= 0) {
      return null;
    }
    long[] days = interval(d.iso());
    if (days == null) {
      return null;
    }
    Span s = f.sentence();
    if (WORDS.otherLanguage(s.of(doc.text()), doc.lang())) {
      // A bilingual page's other paragraph: an item is told in the language of its frame, and
      // two items in two languages would be one event asked twice.
      return null;
    }
    if (VerblessRow.is(doc.lang(), PromptBuilder.clean(s.of(doc.text())))
        || Captions.line(doc, s) || TitleStops.splitAt(doc.text(), s)) {
      return null; // a row with no verb ("DATE Opening of the bridge.") is a label, not an event
    }
    String before = doc.text().substring(s.start(), f.start());
    // "by the end of 1905": the bound word stands before the date's own qualifiers.
    if (BOUND.matcher(DateSides.unqualified(doc.lang(), before)).find()
        || DateComplement.ofNoun(doc.lang(), before)) {
      return null;
    }
    String template = clause(doc, f);
    if (template == null) {
      return null;
    }
    // A date in the language's own calendar beside it ("תרל"ח (1878 למניינם)") goes with it.
    template = CalendarGloss.without(doc.lang(), template, d.year());
    String cored = core(template, ctx.connectives(doc.lang()));
    String text = ItemOpeners.withoutLinkingOpener(doc.lang(), ItemLeans.withoutAdditive(doc.lang(),
        QuoteCut.mended(withoutDate(cored), doc.lang().pack().prefixes())));
    // An item is one event: no other figure in it ("more than the 2,347 ballots", "Hiroshima
    // (6 August)" would be a second fact to weigh), no pronoun pointing outside it, and not a
    // subordinate clause whose main clause was cut away ("Although the armistice … ended …").
    if (PromptBuilder.contextWords(text) < 4 || YEARISH.matcher(text).find()
        || text.chars().anyMatch(Character::isDigit)
        || !eventLike(text) || ctx.opensWithPronoun(doc.lang(), text)
        || ItemLeans.leansBack(doc.lang(), text, ctx) // "this button", "… did not."
        || danglingEnd(text)
        || template.endsWith("…") && PromptBuilder.opensSubordinate(cored,
            ctx.subordinators(doc.lang()))
        || cutAfterAName(text) || ItemOpeners.namesByCalling(doc.lang(), text)) {
      return null;
    }
    String item = ItemEnds.closed(doc.lang(), s.of(doc.text()),
        doc.text().substring(f.start(), f.end()), text);
    return ItemEnds.halfClause(doc.lang(), item) ? null
        : new Event(card, ref, item, d.iso(), days[0], days[1], s);
  }

  /**
   * The clause template of a fact's sentence; a sentence the text cut off mid-word (an excerpt
   * ending "… at the same time w") is kept up to its last clause end after the fact, marked
   * "…"; null when it has none, since an item is never cut inside a word.
   */
  static String clause(Document doc, Fact f) {
    Span s = f.sentence();
    Span kept = ClippedSentence.clipped(doc.text(), s, f, doc.lang());
    if (kept == null) {
      return null;
    }
    int from = PromptLead.afterDateline(doc.text(), kept.start(), kept.end(), f);
    String t = org.factdrill.text.GluedWords.split( // a lost link space, as in prompts
        CLAUSES.template(doc.text(), from, kept.end(), f.start(), f.end()), doc.lang());
    t = QuotedParagraphs.mended(t, doc.text(), from); // "(3) From D1 to D2, …" of a quoted statute
    String item = t == null || kept.end() == s.end() || t.endsWith("…") ? t : t + " …";
    return item != null && OpenEnds.cutInsidePhrase(doc.lang(), item) ? null : item;
  }

  /** True when the item ends in a word that wants the date cut after it ("…נוסד ב", "…until"). */
  static boolean danglingEnd(String text) {
    return DANGLING_END.matcher(text).find();
  }

  /**
   * A clause cut right after a name ("In an address to the nation, the president, Jan Novak …"):
   * in a script with capitals, the piece after the last comma has no lower-case word, so the
   * verb of that subject was cut away.
   */
  static boolean cutAfterAName(String text) {
    if (!text.endsWith("…")) {
      return false;
    }
    String body = text.substring(0, text.length() - 1).strip();
    String last = body.substring(body.lastIndexOf(',') + 1).strip();
    boolean cased = false;
    for (String w : last.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        return false;
      }
      cased |= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
    return cased;
  }

  private static final Pattern SEMICOLON = Pattern.compile(";\\s+");

  /**
   * The clause of a template that tells the event of its date, so an item quotes one event, not
   * a whole sentence of several: the independent clause holding the date (cut at semicolons),
   * then, when a coordinate clause (", and ...", ", but ...", the language's connectives) holds
   * another figure, the one holding the date, without its connective. A cut is made only when
   * the clause kept still has four words.
   */
  static String core(String template, Set<String> connectives) {
    if (template.indexOf(PromptBuilder.HOLE) < 0) {
      return template;
    }
    String t = pieceWithHole(template, SEMICOLON, false);
    if (!connectives.isEmpty()) {
      Pattern coordinate = Pattern.compile("(?iu),\\s+(?=(?:" + String.join("|",
          connectives.stream().map(Pattern::quote).toList()) + ")\\s+\\p{L})");
      t = pieceWithHole(t, coordinate, true);
      for (String c : connectives) {
        // "and Alaska was transferred ...", "However, the treaty was signed ...": an item is
        // shown alone, so a word joining it to the sentence before has nothing to join.
        int n = c.length();
        if (t.length() > n + 1 && t.regionMatches(true, 0, c, 0, n)
            && (t.charAt(n) == ' ' || t.charAt(n) == ',' && t.charAt(n + 1) == ' ')) {
          String rest = t.substring(n + (t.charAt(n) == ',' ? 2 : 1)).strip();
          if (PromptBuilder.contextWords(rest) >= 4) {
            t = Character.isUpperCase(t.codePointAt(0)) && Character.isLowerCase(rest.codePointAt(0))
                ? rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1) : rest;
            break;
          }
        }
      }
    }
    return t;
  }

  /**
   * The piece of {@code s} between cuts at {@code at} that holds the hole, when it keeps four
   * words (and, with {@code onlyFigures}, only when a piece cut away holds a figure); else s.
   */
  private static String pieceWithHole(String s, Pattern at, boolean onlyFigures) {
    int hole = s.indexOf(PromptBuilder.HOLE);
    int from = 0;
    int to = s.length();
    Matcher m = at.matcher(s);
    while (m.find()) {
      if (m.end() <= hole) {
        from = m.end();
      } else if (m.start() > hole) {
        to = m.start();
        break;
      }
    }
    if (from == 0 && to == s.length()) {
      return s;
    }
    String piece = s.substring(from, to).strip();
    String rest = s.substring(0, from) + s.substring(to);
    if (PromptBuilder.contextWords(piece) < 4
        || onlyFigures && !rest.chars().anyMatch(Character::isDigit)) {
      return s;
    }
    return piece;
  }

  /**
   * A clause that tells an event, not a label or a name: in scripts with capitals, at least
   * three words in lower case (names and headings are mostly capitalized), and no figure left
   * in it of the kind a label shows ("Population: 150,000").
   */
  static boolean eventLike(String text) {
    int lower = 0;
    int cased = 0;
    for (String w : text.split("[\\s,;:()\"“”]+")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      int c = w.codePointAt(0);
      if (Character.isLowerCase(c)) {
        lower++;
        cased++;
      } else if (Character.isUpperCase(c)) {
        cased++;
      }
    }
    // A clause cut at its start ("… which was triggered by") lacks its subject.
    return (cased == 0 || lower >= 3) && !text.matches("(?s)^[^:]{1,40}:.*")
        && !text.startsWith("…");
  }

  /** The clause with the date and the preposition that introduced it removed. */
  static String withoutDate(String template) {
    int hole = template.indexOf(PromptBuilder.HOLE);
    String left = DayLabels.withoutBefore(template.substring(0, hole));
    // A weekday beside the date ("03/15 Mon.") labelled only the date it leaves.
    String right = DayLabels.withoutAfter(template.substring(hole + 1));
    Matcher open = OPEN_BEFORE.matcher(left);
    Matcher close = CLOSE_AFTER.matcher(right);
    if (open.find() && close.find()) {
      left = left.substring(0, open.start()); // "founded in winter (1895)": no "( )" is left
      right = right.substring(close.end());
    }
    for (Matcher m = LEADING_PREPOSITION.matcher(left); m.find();
        m = LEADING_PREPOSITION.matcher(left)) {
      left = left.substring(0, m.start()); // "vào năm", "in early"
    }
    left = left.replaceAll("[\\s,]+$", "");
    // "When Gorbachev resigned on <date>, the Union ended": the comma still separates clauses;
    // with nothing before the date ("On <date>, ...") it goes.
    boolean comma = !left.isEmpty() && right.matches("^\\s*,.*");
    right = right.replaceAll("^[\\s,]+", "");
    if (left.matches("[•·▪►◦‣⁃●○■□*–—-]")) {
      left = ""; // a list row's marker
    }
    if (left.isEmpty()) { // "1871 – the synagogue opened": the dash only parted the row's date
      right = right.replaceAll("^[–—:-]\\s+", "");
    }
    if (comma && !right.isEmpty()) {
      left = left + ",";
    }
    String joined = (left.isEmpty() || left.endsWith("…") && right.isEmpty() ? left
        : left + (right.isEmpty() ? "" : " ")) + right;
    joined = joined.replaceAll("\\s+([,.;:])", "$1").replaceAll("^[,;:\\s]+", "").strip();
    if (!joined.isEmpty() && Character.isLowerCase(joined.charAt(0))) {
      joined = joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }
    return joined;
  }

  /** First and last day (as yyyymmdd) a date may mean; null when it has no year. */
  static long[] interval(String iso) {
    if (iso.length() == 3 && iso.chars().allMatch(Character::isDigit)) {
      long decade = Long.parseLong(iso) * 10;
      return new long[] {decade * 10000 + 101, (decade + 9) * 10000 + 1231};
    }
    Matcher m = ISO.matcher(iso);
    if (!m.matches()) {
      return null;
    }
    long y = Long.parseLong(m.group(1));
    if (m.group(2) == null) {
      return new long[] {y * 10000 + 101, y * 10000 + 1231};
    }
    long mo = Long.parseLong(m.group(2));
    if (m.group(3) == null) {
      return new long[] {y * 10000 + mo * 100 + 1, y * 10000 + mo * 100 + 31};
    }
    long day = y * 10000 + mo * 100 + Long.parseLong(m.group(3));
    return new long[] {day, day};
  }

  /**
   * Groups the events of one document into timelines of four or five, taking
   * events in the order of their stable ids so groups do not depend on where text moved; no two
   * events of a group whose wording tells their order ({@link OrderWords}, {@link OwnStory}).
   */
  static List<Question> questions(Document doc, List<Event> events, long seed) {
    List<Event> pool = new ArrayList<>(events);
    pool.sort(Comparator.comparing(Event::card));
    List<Question> out = new ArrayList<>();
    OrderWords order = OrderWords.of(doc.lang());
    OwnStory story = OwnStory.of(doc.lang());
    while (pool.size() >= MIN_EVENTS) {
      List<Event> group = new ArrayList<>();
      Set<String> texts = new HashSet<>();
      for (Event e : pool) {
        if (group.size() == MAX_EVENTS) {
          break;
        }
        boolean fits = texts.add(Ids.normalize(e.text()).toLowerCase(Locale.ROOT));
        for (Event g : group) {
          fits &= ChronologyItems.farApart(e, g) && !e.sentence().equals(g.sentence());
          // two events whose wording tells their order (a founding and an event in the place
          // founded) would place each other without the dates
          Event first = e.from() < g.from() ? e : g;
          Event second = first == e ? g : e;
          fits &= !order.tellsOrder(first.text(), second.text())
              && !story.tellsOrder(doc.text(), first.text(), second.text());
        }
        if (fits) {
          group.add(e);
        } else {
          texts.remove(Ids.normalize(e.text()).toLowerCase(Locale.ROOT));
        }
      }
      if (group.size() < MIN_EVENTS) {
        break;
      }
      pool.removeAll(group);
      out.add(question(doc, group, seed));
    }
    return out;
  }

  private static Question question(Document doc, List<Event> group, long seed) {
    List<String> cardIds = new ArrayList<>();
    group.forEach(e -> cardIds.add(e.card()));
    cardIds.sort(null);
    String hash = Sha256.hex(String.join("\u0000", cardIds)).substring(0, 16);
    String id = "timeline-" + hash;
    List<Event> shown = new ArrayList<>(group);
    SplittableRandom rnd = QuestionRandom.of(seed, id);
    for (int i = shown.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Event t = shown.get(i);
      shown.set(i, shown.get(j));
      shown.set(j, t);
    }
    List<Event> chrono = new ArrayList<>(shown);
    chrono.sort(Comparator.comparingLong(Event::from));
    if (chrono.equals(shown)) {
      // Already in order would be a give-away: swap the first two.
      Event t = shown.get(0);
      shown.set(0, shown.get(1));
      shown.set(1, t);
    }
    List<Integer> order = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Event e : chrono) {
      int index = shown.indexOf(e);
      order.add(index);
      text.append(text.length() == 0 ? "" : " ").append(index + 1);
    }
    List<Question.Event> qe = new ArrayList<>();
    List<Question.FactRef> refs = new ArrayList<>();
    for (Event e : shown) {
      qe.add(new Question.Event(e.text(), e.iso()));
      refs.add(e.ref());
    }
    return new Question.Timeline(Question.Header.of(id, "t-" + hash, doc.lang().code(),
        Instructions.of(QuestionType.TIMELINE, doc.lang()), refs),
        new Question.Answer(new AnswerValue.Order(order), text.toString()), qe);
  }
}
