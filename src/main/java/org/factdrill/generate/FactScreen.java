package org.factdrill.generate;

import static org.factdrill.generate.BankGenerator.skipped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.generate.BankGenerator.Built;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/**
 * Screens one fact for the generator: the checks it must pass to make questions a teacher would
 * keep (a whole sentence, a clean blank, enough context, no duplicate, nothing giving the answer
 * away), each failure reported with its reason; a fact that passes comes back with its prompt,
 * card and the bounds its options must respect.
 */
final class FactScreen {
  private static final int MIN_CONTEXT_WORDS = 4;
  /** Vietnamese writes a word in one-syllable pieces: four of them can still say too little. */
  private static final int MIN_PROMPT_CHARS = 30;
  /** Words that make the number after them a name (language-pack data). */
  private static final Designators DESIGNATORS = new Designators();

  private final Context contexts;
  private final Stem stems;
  private final HedgePolicy hedges = new HedgePolicy();
  private final ValueRules valueRules = new ValueRules();
  private final YearFloor yearFloor = new YearFloor();
  private final DateSides dateSides = new DateSides();

  FactScreen(Context contexts, PromptBuilder prompts) {
    this.contexts = contexts;
    this.stems = new Stem(contexts, prompts);
  }

  private static int setting(Document doc, String key, int def) {
    try {
      return Integer.parseInt(doc.lang().pack().setting(key, String.valueOf(def)).strip());
    } catch (NumberFormatException e) {
      return def;
    }
  }

  Built build(Stem.DocState st, Fact f0, List<Fact> all, Set<String> cards,
      Map<String, String> statements, Report report, SubjectValues subjects, DocumentSpan span) {
    Document doc = st.doc();
    Span s = f0.sentence();
    if (s == null || s.end() > doc.text().length() || f0.start() < s.start()
        || f0.end() > s.end()) {
      report.skip(skipped(doc, f0, null, SkipReason.NO_SENTENCE, null));
      return null;
    }
    if (TitleStops.splitAt(doc.text(), s)) { // "… opened by Capt." | "Harlow crossed …"
      report.skip(skipped(doc, f0, null, SkipReason.CUT_CLAUSE, "split at a title's period"));
      return null;
    }
    SkipReason shape = shapeProblem(doc.lang(), doc.text(), f0);
    if (shape != null) {
      report.skip(skipped(doc, f0, null, shape, null));
      return null;
    }
    if (f0.start() > 0 && f0.end() < doc.text().length()
        && doc.text().charAt(f0.start() - 1) == '[' && doc.text().charAt(f0.end()) == ']') {
      report.skip(skipped(doc, f0, null, SkipReason.MARKUP, "a citation marker"));
      return null;
    }
    Stem.Result stem = stems.build(st, f0);
    if (stem.skip() != null) {
      report.skip(skipped(doc, f0, null, stem.skip(), stem.detail()));
      return null;
    }
    HolidayYears.Asked asked = HolidayYears.yearOnly(doc.lang(), stem.fact(), stem.template());
    Fact f = asked.fact(); // "on Armistice Day _____": a holiday's year, never its name
    String plain = Conversions.dropAfterHole(asked.template()); // a period's own frame; no conversion
    if (org.factdrill.text.Ellipses.shown(plain)) {
      report.skip(skipped(doc, f0, null, SkipReason.ELIDED, null));
      return null;
    }
    if (f.value() instanceof Value.Date) {
      plain = DayLabels.besideHole(plain); // "_____ Mon.": the weekday is a clue, not the event
    }
    // "from _____ to 1738, a span of 36 years": the length, an aside, would give the end away.
    LengthAside.Cut aside = f.value() instanceof Value.Date
        ? LengthAside.of(doc.lang(), doc.text(), f0, st.facts(), sameSentenceOf(all, f0), plain)
        : null;
    plain = aside == null ? plain : aside.template();
    String template = plain;
    String answerText = org.factdrill.text.GluedWords.split(PromptBuilder.clean(f.text()),
        doc.lang()); // "năm1993": a lost space, as in the prompt
    if (answerText.isEmpty()) {
      report.skip(skipped(doc, f0, null, SkipReason.MARKUP, null));
      return null;
    }
    // A language that writes prepositions and the article onto the next word (Hebrew "בקרב",
    // in the battle) says as much in fewer, shorter words: its pack may lower the minimum, for a
    // prompt shown under a context line.
    int minWords = setting(doc, "min-context-words", MIN_CONTEXT_WORDS);
    int minChars = setting(doc, "min-prompt-chars", MIN_PROMPT_CHARS);
    boolean terse = PromptBuilder.contextWords(template) < MIN_CONTEXT_WORDS
        || template.length() < MIN_PROMPT_CHARS;
    // A day row's name is all the context its date needs ("Ngày Quốc khánh: _____"): no minimum.
    if ((PromptBuilder.contextWords(template) < minWords || template.length() < minChars
        || terse && st.context().line(s.start()) == null) && !DayRows.is(doc.lang(), s.of(doc.text()))) {
      report.skip(skipped(doc, f0, null, SkipReason.TOO_LITTLE_CONTEXT, null));
      return null;
    }
    String sentence = s.of(doc.text());
    // The id stays that of the fact as extracted (prefix and all), so progress survives.
    String card = Ids.factId(doc.source(), sentence, f0.text());
    String counted = CountedThings.noun(doc.text(), f0);
    String countedCard = counted == null ? null
        : Ids.factId(doc.source(), sentence, f0.text() + "\u0000" + counted);
    if (!cards.add(card)) {
      // The same figure counting another thing ("25 years … 25 times") is another fact: only
      // then does what it counts enter its id, so the ids of facts that never met one stay.
      if (countedCard == null || !cards.add(countedCard)) {
        report.skip(skipped(doc, f0, null, SkipReason.DUPLICATE, "same sentence and value"));
        return null;
      }
      card = countedCard;
    } else if (countedCard != null) {
      cards.add(countedCard); // the same figure counting the same thing stays a duplicate
    }
    String statementKey = doc.lang().code() + "\u0000" + Ids.normalize(template) + "\u0000"
        + Distractors.key(f.value());
    String first = statements.putIfAbsent(statementKey, card);
    if (first != null) {
      report.skip(skipped(doc, f0, null, SkipReason.DUPLICATE, "same statement as " + first));
      return null;
    }
    // The same figure elsewhere in the prompt gives the answer away even when it counts another
    // thing ("In 41 years it was dissolved _____ times"): rubric line 5. A same-valued figure of
    // another thing is a fact of its own (its own id above), asked where the other is not shown.
    if (PromptGiveaways.givesAway(template, answerText, f.value())) {
      report.skip(skipped(doc, f0, null, SkipReason.ANSWER_GIVEN_AWAY, null));
      return null;
    }
    // The context line leaves out any part (title, heading) that would name the answer; what is
    // left is what the student sees, so the value rules below judge that line.
    String contextLine = st.context().line(s.start(),
        part -> PromptGiveaways.contextGivesAway(part, answerText, f.value(), doc.lang().pack().prefixes()
            .replace(doc.lang().pack().setting("number-joiner", ""), "")));
    if (contextLine == null && st.context().line(s.start()) != null) {
      // Every part of the topic names the answer: without it the prompt loses its topic.
      report.skip(skipped(doc, f0, null, SkipReason.ANSWER_GIVEN_AWAY,
          "the context line names the answer"));
      return null;
    }
    String topic = contexts.unnamedTopic(doc.lang(), template, contextLine, doc.text(), null);
    if (topic != null) {
      // "המלחמה" (the war) with nothing above or in the prompt saying which war.
      report.skip(skipped(doc, f0, null, SkipReason.BACK_REFERENCE, topic + " (not named)"));
      return null;
    }
    String which = SuperlativeEvents.unnamed(doc.lang(), doc.text(), s, f0, all, contextLine);
    if (which != null) { // "Trận đánh ác liệt nhất nổ ra …": the largest of which attacks?
      report.skip(skipped(doc, f0, null, SkipReason.BACK_REFERENCE, which + " (which one?)"));
      return null;
    }
    ValueRules.Skip why = ArticleRules.prescribes(doc.lang(), doc.text(), s, f)
        ? new ValueRules.Skip(SkipReason.TRIVIAL, "a rule of a law's article, not an event")
        : valueRules.notWorth(doc.lang(), doc.text(), f);
    if (why == null) {
      why = ValueRules.givenAway(doc.lang(), f, template, contextLine,
          doc.text().substring(f.end(), Math.min(s.end(), f.end() + 40)));
    }
    String cycle = why == null ? NameNumerals.orCycle(doc.lang(), template, contextLine, f.value())
        : null;
    if (cycle != null) { // "Tết Mậu Thân năm ___", "Thập quốc": a name states the answer
      why = new ValueRules.Skip(SkipReason.ANSWER_GIVEN_AWAY, cycle);
    }
    if (why == null && ValueRules.yearNotShown(f.value(), answerText, template, contextLine)) {
      why = new ValueRules.Skip(SkipReason.NO_YEAR, "the prompt does not show the year");
    }
    if (why != null) {
      report.skip(skipped(doc, f0, null, why.reason(), why.detail()));
      return null;
    }
    List<Fact> sameSentence = new ArrayList<>();
    Set<String> alsoFits = new HashSet<>();
    for (Fact o : all) {
      if (o != f0 && s.equals(o.sentence())) {
        sameSentence.add(o);
        if (o.kind() == f.kind()) {
          alsoFits.add(Distractors.key(o.value()));
        }
      }
    }
    alsoFits.addAll(ShownFigures.keys(doc.lang(), doc.text(), f, s, all, template));
    // A length cut from the prompt as an aside is no figure the student sees or can add.
    List<Fact> judged = aside == null ? sameSentence : without(sameSentence, aside.length());
    SkipReason given = Tallies.cell(doc.lang(), doc.text(), f, s, sameSentence)
        ? SkipReason.LAYOUT : Giveaways.check(doc.lang(), doc.text(), f, s, judged);
    String sum = VisibleSums.derivable(doc.lang(), doc.text(), f, judged,
        aside == null ? all : without(all, aside.length()), template,
        contextLine); // what the whole screen shows, the line above included
    sum = sum != null ? sum : OwnCalendarYears.derivable(doc.lang(), doc.text(), f, template,
        contextLine);
    if (given != null || sum != null) {
      report.skip(skipped(doc, f0, null, given != null ? given : SkipReason.DERIVABLE,
          given != null ? null : sum));
      return null;
    }
    Question.FactRef ref = new Question.FactRef(doc.source(), f0.start(), f0.end(), f0.text(),
        f0.kind().json(), Answers.of(f0.kind(), f0.value()), f0.unit(),
        f0.approx() ? Boolean.TRUE : null,
        sentence, s.start(), stem.resolved());
    DateSides.Bound bound = f.value() instanceof Value.Date
        ? dateSides.of(doc.lang(), doc.text(), s, f0, f, st.facts()) : DateSides.Bound.ANY;
    HedgePolicy.Side side = f.value() instanceof Value.Date ? bound.side()
        : HonestOptions.side(hedges, doc.lang(), doc.text().substring(s.start(), f.start()), f);
    int year = f.value() instanceof Value.Date d ? d.year() : -1;
    return new Built(doc, f, template, answerText, card, ref, alsoFits, side, contextLine,
        Ids.siblingId(doc.source(), sentence), yearFloor.of(doc.lang(), doc.text(), s, f0,
            st.anchors()), plain, YearOptions.window(year, all, contextLine).and(NamedSpans
            .within(doc.lang(), doc.text(), st.facts(), year, f0.start(), template, contextLine)),
        bound.keep().and(subjects.safe(f, s)).and(HonestOptions.keep(doc.lang(), template, f))
            .and(span.keeps(f.value())).and(PromptDates.sameSide(f.value(), sameSentence, template))
            .and(WeekdayDates.keep(template, f.value()))
            .and(PartOfPeriod.keeps(doc.lang(), f, st.facts()))
            .and(YearLengths.keeps(doc.lang(), f, s, st.facts(), st.anchors())));
  }

  private static List<Fact> without(List<Fact> facts, Fact gone) {
    List<Fact> out = new ArrayList<>(facts);
    out.removeIf(o -> o.start() == gone.start() && o.end() == gone.end());
    return out;
  }

  private static List<Fact> sameSentenceOf(List<Fact> all, Fact f0) {
    List<Fact> out = new ArrayList<>();
    for (Fact o : all) {
      if (o != f0 && f0.sentence().equals(o.sentence())) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Guards against spans that would make a broken blank, whatever the extractor found: a span
   * inside a word ("_____s" for 1990s), a count that is really a day or month ("October 9",
   * "tháng 9"), a number that names a unit or law ("base No. 102", "Section 907").
   */
  static SkipReason shapeProblem(org.factdrill.text.Language lang, String text, Fact f) {
    char before = f.start() > 0 ? text.charAt(f.start() - 1) : ' ';
    char after = f.end() < text.length() ? text.charAt(f.end()) : ' ';
    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(f.text().charAt(0))
        && !isHebrewPrefix(text, f.start())
        || Character.isLetterOrDigit(after)
        && Character.isLetterOrDigit(f.text().charAt(f.text().length() - 1))) {
      return SkipReason.PART_OF_WORD;
    }
    // A bare number, or a year in digits alone ("điểm cao 1509" read as a year).
    boolean bare = f.kind() == org.factdrill.extract.FactKind.NUMBER
        || f.kind() == org.factdrill.extract.FactKind.DATE && f.text().matches("\\d{1,4}");
    if (!bare) {
      return null;
    }
    String left = text.substring(Math.max(0, f.start() - 60), f.start());
    if (DESIGNATORS.labels(lang, left)) {
      return SkipReason.IDENTIFIER;
    }
    if (f.kind() != org.factdrill.extract.FactKind.NUMBER) {
      return null;
    }
    String near = left.substring(Math.max(0, left.length() - 16));
    String right = text.substring(f.end(), Math.min(text.length(), f.end() + 16));
    if (DateNeighbours.partOfDate(near, f.text(), right)) {
      return SkipReason.PART_OF_DATE;
    }
    if (YearFrame.yearAsCount(lang, text, f)) {
      return SkipReason.YEAR_AS_COUNT;
    }
    return null;
  }

  /** Hebrew writes prepositions onto the next word, also onto digits ("ב1993"). */
  private static boolean isHebrewPrefix(String text, int start) {
    char c = text.charAt(start - 1);
    return "בלמהוכש".indexOf(c) >= 0 && (start < 2 || !Character.isLetter(text.charAt(start - 2)));
  }
}
