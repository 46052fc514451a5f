package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Extractor;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Document;
import org.factdrill.text.LineClass;

/**
 * Turns documents into a bank: extracts facts, then builds cloze, choice, true/false and timeline
 * questions from them, skipping facts that make poor questions (with the reason in the report).
 * Deterministic: the same texts, options and seed give the same bank.
 */
public final class BankGenerator {

  /**
   * Lines that state what the document is about (an infobox row, a heading, a caption, a dated
   * byline): their values are tied to every question of it ({@link SubjectValues}).
   */
  private static final Set<LineClass> SUMMARY = java.util.EnumSet.of(LineClass.INFOBOX,
      LineClass.HEADING, LineClass.CAPTION, LineClass.BYLINE);

  private final Extractor extractor;
  private final String version;
  private final PromptBuilder prompts = new PromptBuilder();
  private final Context contexts = new Context();
  private final FactScreen screen = new FactScreen(contexts, prompts);
  private final ChronologyQuestions chronology = new ChronologyQuestions(new RelativeTime());
  private final YearCeiling yearCeiling;
  private final AuditGate gate = new AuditGate();

  public BankGenerator(Extractor extractor, String version) {
    this(extractor, version, java.time.Clock.systemUTC());
  }

  /** @param clock today's year bounds wrong years of texts that state no date of their own */
  public BankGenerator(Extractor extractor, String version, java.time.Clock clock) {
    this.extractor = extractor;
    this.version = version;
    this.yearCeiling = new YearCeiling(clock);
  }

  /** Extracts and generates; the bank only. */
  public Bank generate(List<SourceText> sources, GenerateOptions options) {
    return run(sources, options).bank();
  }

  /**
   * Extracts and generates; the bank and the report. A fault on one document (an exception from a
   * rule) leaves that document out and is returned in {@link Result#failures()}; the bank is then
   * exactly the one the other documents alone give.
   */
  public Result run(List<SourceText> sources, GenerateOptions options) {
    List<DocFacts> docs = new ArrayList<>();
    List<DocumentFailure> failures = new ArrayList<>();
    for (SourceText s : sources) {
      try {
        docs.add(new DocFacts(s, options.languages().contains(s.doc().lang())
            ? extractor.extract(s.doc()) : List.of()));
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new DocumentFailure(s.doc().source(), e));
      }
    }
    while (true) {
      try {
        Result r = build(docs, options);
        failures.sort(Comparator.comparingInt(f -> indexOf(sources, f.source())));
        return new Result(r.bank(), r.report(), failures);
      } catch (DocumentFault f) {
        // Built again without it: distractor years and shared statements come from every
        // document, so the others' questions are those of a run that never had it.
        failures.add(new DocumentFailure(docs.remove(f.index).source().doc().source(),
            f.getCause()));
      }
    }
  }

  private static int indexOf(List<SourceText> sources, String source) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).doc().source().equals(source)) {
        return i;
      }
    }
    return sources.size();
  }

  /** A fault while making the questions of the document at {@code index}. */
  private static final class DocumentFault extends RuntimeException {
    private final int index;

    DocumentFault(int index, Throwable cause) {
      super(cause);
      this.index = index;
    }
  }

  /** Generates from facts already found (tests feed hand-made facts here). */
  public Result fromFacts(List<DocFacts> docs, GenerateOptions options) {
    try {
      return build(docs, options);
    } catch (DocumentFault f) {
      if (f.getCause() instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) f.getCause();
    }
  }

  private Result build(List<DocFacts> docs, GenerateOptions options) {
    Report report = new Report();
    Set<Integer> years = new TreeSet<>();
    for (DocFacts d : docs) {
      for (Fact f : d.facts()) {
        if (f.value() instanceof Value.Date date && date.year() > 0 && !date.isRange()) {
          years.add(date.year());
        }
      }
    }
    Distractors distractors = new Distractors(years);
    List<Question> questions = new ArrayList<>();
    List<Bank.SourceInfo> infos = new ArrayList<>();
    Set<String> cards = new HashSet<>();
    Map<String, String> statements = new HashMap<>();
    // True statements already made: every true statement of one sentence reads the same.
    Set<String> trueStatements = new java.util.HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      DocFacts d = docs.get(i);
      try {
        Document doc = d.source().doc();
        infos.add(new Bank.SourceInfo(doc.source(), d.source().sha256(), doc.lang().code(),
            doc.layout() == null ? null : doc.layout().title()));
        if (!d.source().notes().isEmpty()) {
          report.document(doc.source() + ": " + String.join("; ", d.source().notes()));
        }
        if (!options.languages().contains(doc.lang())) {
          continue;
        }
        int first = questions.size(); // this document's questions start here (for the audit)
        List<Timeline.Event> events = new ArrayList<>();
        Stem.DocState st = new Stem.DocState(doc, contexts.of(doc),
            TimeAnchors.of(doc.lang(), doc.text(), d.facts(), doc.layout()), d.facts());
        List<Fact> facts = new ArrayList<>();
        for (Fact f : Periods.expand(d.facts())) {
          facts.add(ProseRuns.inProse(doc, f));
        }
        EventSpans spans = EventSpans.of(d.facts());
        java.util.function.Predicate<Fact> story = f -> !doc.classAt(f.start()).isLayout()
            && !SignedPosts.timestamp(doc.text(), f.start(), f.end()); // a post's stamp tells no event
        DocumentSpan span = DocumentSpan.of(facts, story);
        List<Integer> storyYears = EventSpans.of(d.facts().stream().filter(story).toList()).years();
        RowYears rows = RowYears.of(doc.text(), d.facts());
        SubjectValues subjects = SubjectValues.of(doc.lang(), doc.text(), d.facts(),
            at -> SUMMARY.contains(doc.classAt(at))); // such a line sums up the document's subject
        for (Fact f : facts) {
          report.countFact();
          LineClass where = doc.classAt(f.start());
          if (where.isLayout()) {
            // Facts are found everywhere, but only prose makes a question a teacher would keep.
            report.skip(skipped(doc, f, null, SkipReason.LAYOUT, where.json()));
            continue;
          }
          if (st.anchors().docDate() != null && st.anchors().docDate().start() == f.start()) {
            report.skip(skipped(doc, f, null, SkipReason.DOCUMENT_DATE, f.text()));
            continue;
          }
          Built b = screen.build(st, f, facts, cards, statements, report, subjects, span);
          if (b == null) {
            continue;
          }
          for (QuestionType t : List.of(QuestionType.CLOZE, QuestionType.CHOICE,
              QuestionType.TRUEFALSE)) {
            if (options.types().contains(t)) {
              Question q = question(t, t == QuestionType.TRUEFALSE ? b.forStatement() : b,
                  distractors, spans, storyYears, rows, options.seed(), report, trueStatements);
              if (q != null) {
                questions.add(q);
              }
            }
          }
          Timeline.Event e = Timeline.event(doc, b.fact, b.card, b.ref, contexts);
          e = e == null || contexts.unnamedTopic(doc.lang(), e.text(), b.context, doc.text(),
              () -> NamelessClause.before(st, b.fact.sentence().start())) != null
              ? null : chronology.alone(doc, e); // an item cut down to "the house was sold": which?
          if (e != null) {
            events.add(e);
          }
        }
        for (List<Timeline.Event> topic : TopicGroups.of(doc, events)) { // one entity's events
          if (options.types().contains(QuestionType.TIMELINE)) {
            questions.addAll(TopicGroups.titled(doc, topic,
                Timeline.questions(doc, topic, options.seed()), st.context()::line));
          }
          questions.addAll(chronology.fromPairs(doc, topic, options.types(), options.seed(),
              st.context()::line, d.facts(), report));
        }
        questions.addAll(chronology.fromPeriods(doc, d.facts(), options.types(),
            st.context()::line));
        gate.screen(questions, first, doc, report); // what the auditor flags is not written
      } catch (RuntimeException | StackOverflowError e) {
        throw new DocumentFault(i, e);
      }
    }
    Bank bank = new Bank(Bank.SCHEMA_VERSION, new Bank.GeneratorInfo("factdrill", version), infos,
        questions);
    return new Result(bank, report);
  }

  /** A fact ready to become questions: its cleaned sentence with a hole, card id and provenance. */
  record Built(Document doc, Fact fact, String template, String answerText, String card,
      Question.FactRef ref, Set<String> alsoFits, HedgePolicy.Side side, String context,
      String sibling, int yearFloor, String plain, java.util.function.IntPredicate yearWindow,
      java.util.function.Predicate<Value> keep) {
    Built forStatement() {
      return new Built(doc, fact, plain, answerText, card, ref, alsoFits, side, context, sibling,
          yearFloor, plain, yearWindow, keep);
    }
  }

  static Report.Skipped skipped(Document doc, Fact f, QuestionType type, SkipReason r,
      String detail) {
    return new Report.Skipped(doc.source(), f.start(), f.end(), f.text(),
        type == null ? null : type.json(), r, detail);
  }

  private Question question(QuestionType type, Built b, Distractors distractors,
      EventSpans spans, List<Integer> storyYears, RowYears rows, long seed, Report report,
      Set<String> trueStatements) {
    String id = Ids.questionId(b.card, type.json());
    String lang = b.doc.lang().code();
    int answerYear = b.fact.value() instanceof Value.Date d ? d.year() : -1;
    // A span the prompt names (or its context line shows) holds the event, and its options with
    // it: the years left outside another end's period would all lie beyond it ("… ending the
    // Tarn War": every wrong year after the war), so that period's inside is not left out.
    java.util.function.IntPredicate outside = NamedSpans.bounds(b.yearWindow, answerYear)
        ? y -> true : spans.outside(answerYear, b.fact.start());
    java.util.function.IntPredicate yearOk = ValueRules.yearBounds(answerYear, spans.years(),
        b.template, b.context, b.yearFloor).and(outside)
        .and(YearOptions.decades(b.fact.value(), spans.years()))
        .and(yearCeiling.bound(b.doc, spans.years(), answerYear)).and(b.yearWindow)
        .and(YearOptions.clearOfHedge(answerYear, b.fact.approx()))
        .and(YearOptions.nearStory(answerYear, storyYears)).and(rows.near(b.fact, answerYear))
        .and(SpanEnds.bound(b.doc.lang(), b.plain, answerYear))
        .and(RangeInside.bound(b.doc.lang(), b.plain, answerYear));
    if (YearOptions.promptStatesYear(b.doc.lang(), answerYear, b.template,
        OptionShape.of(b.fact, b.answerText, b.doc.lang()))) {
      // The prompt writes the answer's year elsewhere ("Treaty of 1884 …"): options differ in
      // it, and a cloze's blank holds it (a whole date, its year read off the sentence).
      report.skip(skipped(b.doc, b.fact, type, SkipReason.ANSWER_GIVEN_AWAY,
          "the prompt states the year"));
      return null;
    }
    if (type != QuestionType.CLOZE && YearOptions.glossStatesYear(b.doc.lang(), answerYear,
        b.template, b.context, OptionShape.of(b.fact, b.answerText, b.doc.lang()))) {
      report.skip(skipped(b.doc, b.fact, type, SkipReason.ANSWER_GIVEN_AWAY,
          "a year in another calendar states it"));
      return null;
    }
    if (type != QuestionType.CLOZE && answerYear > 0
        && b.answerText.contains(String.valueOf(answerYear))
        && ValueRules.contextNamesYear(b.fact.value(), b.context)) {
      // Options differ in the year, and the line above the prompt states it.
      report.skip(skipped(b.doc, b.fact, type, SkipReason.ANSWER_GIVEN_AWAY,
          "the context line names the year"));
      return null;
    }
    if (ShownMonth.givesAway(type, b.fact.value(), b.answerText, b.template, b.context,
        OptionShape.of(b.fact, b.answerText, b.doc.lang()))) { // "in _____, a cold March"
      report.skip(skipped(b.doc, b.fact, type, SkipReason.ANSWER_GIVEN_AWAY,
          "the prompt names the month"));
      return null;
    }
    AnswerValue value = Answers.of(b.fact.kind(), b.fact.value());
    Question.Answer answer = new Question.Answer(value, b.answerText);
    switch (type) {
      case CLOZE:
        return new Question.Cloze(Question.Header.of(id, b.card, lang,
            PromptBuilder.fill(b.template, PromptBuilder.BLANK), List.of(b.ref), b.context, b.sibling), answer);
      case CHOICE: {
        SplittableRandom rnd = QuestionRandom.of(seed, id);
        Option right = distractors.answer(b.fact, b.answerText, b.doc.lang());
        List<Option> wrong = right == null ? List.of()
            : distractors.wrong(b.fact, b.answerText, b.doc.lang(), 3, rnd, b.alsoFits, b.side,
                yearOk, OneBeforeSingular.agreeing(b.doc.lang(), b.fact, b.template, b.keep),
                FineValues.suits(b.doc.lang(), b.fact, b.template));
        if (wrong.size() < 3 || YearOptions.oneSided(answerYear, b.fact.approx(), wrong)
            || LoneAnswer.isolated(wrong, b.fact.value()) && !OneBeforeSingular.atAgreeingFloor(
                b.doc.lang(), b.fact, b.template, b.keep, b.alsoFits, wrong)) {
          report.skip(skipped(b.doc, b.fact, type, SkipReason.NO_DISTRACTORS,
              b.side == HedgePolicy.Side.EITHER ? wrong.size() < 3 ? null
                  : LoneAnswer.isolated(wrong, b.fact.value()) ? "the answer alone at one end"
                  : "a hedged year's options all on one side" : b.side.decidable()
                  ? "only one side of the answer is false (a bound or a period's end)"
                  : "the hedge " + b.side));
          return null;
        }
        List<Option> all = new ArrayList<>(wrong);
        all.add(right);
        all.sort(Comparator.comparing(Option::sortKey));
        List<String> options = all.stream().map(Option::text).toList();
        return new Question.Choice(Question.Header.of(id, b.card, lang,
            PromptBuilder.fill(b.template, PromptBuilder.BLANK), List.of(b.ref), b.context, b.sibling),
            new Question.Answer(value, right.text()), options);
      }
      case TRUEFALSE: {
        if (Questions.exclaims(b.template)) { // "Tune in on _____ at nine!" invites, states nothing
          report.skip(skipped(b.doc, b.fact, type, SkipReason.EXCLAIMED, null));
          return null;
        }
        if (!b.side.decidable()) { // "more than 500", "by 1990": a changed value may be true
          report.skip(skipped(b.doc, b.fact, type, SkipReason.HEDGE_UNDECIDABLE, null));
          return null;
        }
        if (HedgePolicy.compared(b.doc.lang(), b.template)) {
          // "3,019 votes, more than the _____ of 2006": changing one side of a comparison the
          // sentence states makes it contradict itself, or leaves it true; no honest statement.
          report.skip(skipped(b.doc, b.fact, type, SkipReason.HEDGE_UNDECIDABLE,
              "compared with another figure of the sentence"));
          return null;
        }
        SplittableRandom rnd = QuestionRandom.of(seed, id);
        boolean truth = rnd.nextBoolean();
        Option right = distractors.answer(b.fact, b.answerText, b.doc.lang());
        List<Option> wrong = right == null ? List.of()
            : distractors.wrong(b.fact, b.answerText, b.doc.lang(), b.side.oneSided() ? 1 : 3,
                rnd, b.alsoFits, b.side, yearOk,
                OneBeforeSingular.agreeing(b.doc.lang(), b.fact, b.template, b.keep),
                FineValues.suits(b.doc.lang(), b.fact, b.template));
        if (wrong.isEmpty()) {
          report.skip(skipped(b.doc, b.fact, type, SkipReason.NO_DISTRACTORS, null));
          return null;
        }
        // Two facts of one sentence stated truly are one statement twice, word for word: the
        // later one is stated falsely (its own figure changed), so each item asks something.
        if (truth && !trueStatements.add(b.doc.lang().code() + "\u0000"
            + Ids.normalize(PromptBuilder.fill(b.template, right.text())))) {
          truth = false;
        }
        // Any of the plausible wrong values, not always the nearest one.
        String stated = truth ? right.text() : wrong.get(rnd.nextInt(wrong.size())).text();
        return new Question.TrueFalse(Question.Header.of(id, b.card, lang,
            PromptBuilder.statement(b.template, stated, b.doc.lang().pack().locale()), List.of(b.ref),
            b.context, b.sibling), answer, truth);
      }
      default:
        throw new IllegalArgumentException(type.json());
    }
  }
}
