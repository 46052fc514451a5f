package org.factdrill.generate;

import static org.factdrill.generate.OtherDateYears.yearsOfOtherDates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.generate.YearInserts.Insert;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Captions;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * The text a question is asked in, made to stand on its own: a Hebrew prefix kept out of the
 * blank, the sentence before added when this one opens by pointing back, every relative time and
 * every yearless date given its year in brackets, and the fact's value made absolute. Says why
 * when a fact cannot be made to stand on its own.
 */
final class Stem {
  /** A stem, or the reason there is none. */
  record Result(Fact fact, String template, Question.Resolved resolved, SkipReason skip,
      String detail) {
    static Result skip(SkipReason r, String detail) {
      return new Result(null, null, null, r, detail);
    }
  }

  /** One document's state for building stems. */
  record DocState(Document doc, Context.Doc context, TimeAnchors anchors, List<Fact> facts,
      org.factdrill.text.BrokenWords broken) {
    DocState(Document doc, Context.Doc context, TimeAnchors anchors, List<Fact> facts) {
      this(doc, context, anchors, facts,
          org.factdrill.text.BrokenWords.of(doc.text(), doc.lang()));
    }

    DocState(Document doc, Context.Doc context, TimeAnchors anchors) {
      this(doc, context, anchors, List.of());
    }
  }

  static final Pattern CITE_BEFORE = Pattern.compile(
      "(?u)(?:\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:" + CitationWords.OTHERS + ")\\.?)?,?\\s*\\(|\\(\\s*\\p{Lu}[\\p{L}'’\\-]+"
          + "(?:\\s+(?:(?:" + CitationWords.OTHERS + ")\\.?|" + CitationWords.JOINS + "|&)\\s*[\\p{L}'’.\\-]*)*,?\\s*)$");
  static final Pattern CITE_AFTER = Pattern.compile(
      "^\\s*(?:[a-z]?\\)|,\\s*(?:" + CitationWords.PAGES + ")['׳.]?\\s*\\d|:\\s*\\d)");

  /** An open square bracket not closed before the fact: a link label or footnote ("[note 2]"). */
  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]*$");

  private final Context context;
  private final RelativeTime relative = new RelativeTime();
  private final PromptLead leads = new PromptLead(relative);
  private final PromptBuilder prompts;
  private final java.util.Map<Language, RelativeClause> relatives = new java.util.HashMap<>();
  private final BiographySubject bio;
  private final PointingBack pointing;
  /** A sentence up to this long is asked whole; a longer one is cut, or not asked. */
  private static final int WHOLE = 260;
  /** The same with the sentence before it, which it needs. */
  static final int LONG_WHOLE = 300;

  Stem(Context context, PromptBuilder prompts) {
    this.context = context;
    this.prompts = prompts;
    this.bio = new BiographySubject(context);
    this.pointing = new PointingBack(context, relative);
  }

  Result build(DocState st, Fact f0) {
    Document doc = st.doc();
    String text = doc.text();
    Span s = f0.sentence();
    Fact f = f0;
    if (!doc.lang().pack().prefixes().isEmpty()) { // a prefix stays outside the blank
      int k = HebrewPrefix.length(doc.lang().pack(), f0.text(),
          doc.lang().pack().numerals().keySet());
      if (k > 0 && k < f0.text().length()) {
        f = new Fact(f0.start() + k, f0.end(), f0.text().substring(k), f0.kind(), f0.value(),
            f0.unit(), f0.approx(), s);
      }
    }
    boolean layout = st.context().isLayout(s);
    String dayRow = layout ? null : DayRows.asked(doc.lang(), text, s, f);
    if (dayRow != null) { // "Ngày <event> (<date>)": asked as "<event>: _____", no sentence
      return st.context().repeats(f0) ? Result.skip(SkipReason.DUPLICATE, null)
          : new Result(f, dayRow, null, null, null);
    }
    if (layout || VerblessRow.is(doc.lang(), PromptBuilder.clean(s.of(text)),
        w -> context.writesAsName(doc, w))) { // a row of names and dates tells no event
      return Result.skip(SkipReason.LAYOUT, layout ? null : "verbless row");
    }
    if (Captions.line(doc, s)) { // "<thing>, <place>, <date>." on a line of its own
      return Result.skip(SkipReason.LAYOUT, "a caption or dateline");
    }
    if (ComingWeekday.holds(doc.lang(), text, s, st.facts())) { // "… sẽ kết thúc vào thứ Năm"
      return Result.skip(SkipReason.RELATIVE_TIME, "a coming weekday");
    }
    if (EntryRows.isRow(doc.lang(), text, s.start(), s.end())
        && EntryRows.inRun(doc.lang(), text, s.start(), s.end())
        && st.context().entryName(s.start()) == null
        && !context.namesSubject(doc, PromptBuilder.clean(s.of(text)))) {
      // A list's row whose subject is only its entry's heading, and no heading names it.
      return Result.skip(SkipReason.LAYOUT, "an entry's row with no name heading it");
    }
    SkipReason damaged = CopyDamage.reason(doc, s);
    if (damaged != null) { // visual order, detached prefixes, lost line breaks
      return Result.skip(damaged, null);
    }
    if (YearRuns.inRun(doc, s, f.start())) {
      return Result.skip(SkipReason.LAYOUT, "a list of years told as short clauses");
    }
    if (ForeignRuns.inside(doc.lang(), text, s.start(), f.start(), f.end(), s.end())) {
      return Result.skip(SkipReason.FOREIGN_RUN, null);
    }
    String calendar = OtherCalendars.of(doc.lang()).marker(text, st.facts(), f0);
    if (calendar != null) { // a lunar, Hijri or Hebrew-calendar date is no Gregorian one
      return Result.skip(SkipReason.OTHER_CALENDAR, calendar);
    }
    if (citedWork(text, f) || CitedInParens.cited(text, f.start(), f.end())
        || Attributions.attributed(text, f.start()) || BRACKETED.matcher(text.substring(Math.max(s.start(),
        f.start() - 20), f.start())).find() && text.substring(f.end(),
        Math.min(s.end(), f.end() + 20)).matches("(?s)^[^\\[\\]]*\\].*")) {
      return Result.skip(SkipReason.CITATION, null);
    }
    if (Questions.asks(PromptBuilder.clean(s.of(text)))) { // a question states no fact
      return Result.skip(SkipReason.QUESTION, null);
    }
    Span kept = ClippedSentence.clipped(text, s, f, doc.lang());
    if (kept == null) {
      return Result.skip(SkipReason.CUT_CLAUSE, "the sentence is cut off after the blank");
    }
    boolean clipped = kept.end() < s.end();
    s = kept;
    int from = RunInHeading.after(doc.lang(), text, s.start(), s.end(), f.start());
    int lead = text.substring(from, s.end()).length()
        - text.substring(from, s.end()).stripLeading().length();
    int linking = LinkingOpeners.length(doc.lang(), text.substring(from + lead, s.end()));
    Span cause = linking > 0 && from + lead + linking < f.start() ? st.context().previous(s) : null;
    boolean prepended = false;
    if (cause != null && !st.context().isLayout(cause) && !pointsBack(st, cause.start(), cause)
        && PromptBuilder.clean(text.substring(cause.start(), s.end())).length() <= LONG_WHOLE) {
      from = cause.start(); // "In response, X …" shown with what it answers, when that is short
      prepended = true;
    }
    int connective = prepended ? 0 : linking > 0 ? linking
        : context.connectiveLength(doc.lang(), text.substring(from + lead, s.end()));
    boolean chained = false;
    if (connective > 0 && from + lead + connective < f.start()) {
      if (Referents.of(doc.lang()).dropsSubject(
          PromptBuilder.clean(text.substring(from + lead, s.end())))) {
        // A connective that opens a subjectless clause ("Còn có …", there were also) stays: the
        // clause leans on the sentence before.
        chained = true;
      } else {
        from = from + lead + connective; // "Moreover, X had ..." asks "X had ..."
        // A second linking word ("Ngoài ra còn …", "But then …"): it adds to the sentence before.
        chained = context.connectiveLength(doc.lang(), text.substring(from, s.end())) > 0;
      }
    }
    if (!prepended && (chained || pointsBack(st, from, s))) {
      Span prev = st.context().previous(s);
      if (prev == null || st.context().isLayout(prev) || pointsBack(st, prev.start(), prev)
          || ListFragment.is(doc.lang(), PromptBuilder.clean(prev.of(text)))) {
        // In a biography, "He …" is the person its context line names: asked under that line.
        if (!bio.named(doc, st.context(), st.context().line(s.start()), s)) {
          return Result.skip(SkipReason.DANGLING_START, null);
        }
      } else if (st.context().line(s.start()) == null
          && !context.namesSubject(doc, PromptBuilder.clean(prev.of(text)))) {
        // "They …" after a sentence that names no one either, and no context line above them:
        // the pair still points outside.
        return Result.skip(SkipReason.DANGLING_START, "the sentence before names no one");
      } else if (GroupPronoun.unnamed(doc.lang(), PromptBuilder.clean(text.substring(from, s.end())),
          PromptBuilder.clean(prev.of(text)), st.context().line(s.start()))) {
        // "Chúng nó …" after "Lưu, Cung là …": given names alone name no dynasty.
        return Result.skip(SkipReason.DANGLING_START, "a group named by given names alone");
      } else {
        from = prev.start();
        prepended = true;
      }
    }
    // "this plan", "these troops", "cuộc chiến này": the noun must be named in the prompt, the
    // context line or the sentence before (then shown with it); else the fact is not asked.
    List<RelativeTime.Found> rel = relative.find(doc.lang(), text, from, s.end());
    List<Insert> renamed = new ArrayList<>(); // "vùng này" written "vùng Karst" (DemonstrativeName)
    for (Context.BackRef br : context.backReferences(doc.lang(), text, from, s.end())) {
      boolean isTime = false;
      for (RelativeTime.Found r : rel) {
        isTime |= r.start() < br.end() + 12 && br.start() < r.end();
      }
      String earlier = text.substring(from, br.start()).strip();
      if (br.noun() != null && earlier.endsWith(br.noun())) {
        earlier = earlier.substring(0, earlier.length() - br.noun().length()); // its own noun
      }
      if (isTime || NounNamed.in(doc.lang(), earlier, br.noun())) {
        continue; // a relative time, or the noun is named earlier in the prompt
      }
      if (NounNamed.in(doc.lang(), st.context().line(s.start()), br.noun())) {
        continue;
      }
      Span prev = prepended ? null : st.context().previous(s);
      String name = prev == null || st.context().isLayout(prev) ? null
          : DemonstrativeName.of(doc.lang(), text, new Span(br.start(), br.end()), from, prev);
      if (name != null) {
        renamed.add(new Insert(br.start(), name, br.end()));
        continue;
      }
      if (prev != null && !st.context().isLayout(prev)
          && Context.mentions(doc.lang(), PromptBuilder.clean(prev.of(text)), br.noun())
          && !context.opensWithPronoun(doc.lang(), PromptBuilder.clean(prev.of(text)))) {
        from = prev.start();
        prepended = true;
        continue;
      }
      // Shown with the sentence before for another reason: that sentence may name the noun.
      boolean shownBefore = prepended && from < s.start()
          && Context.mentions(doc.lang(), text.substring(from, s.start()), br.noun());
      if (prev == null && !prepended || br.strict() && br.noun() != null && !shownBefore) {
        // Nothing before it in its paragraph could name the noun, or (a demonstrative that always
        // points back: "vùng đất này", "the above treaty") the sentence before does not either.
        return Result.skip(SkipReason.BACK_REFERENCE, br.word() + (br.noun() == null ? ""
            : " / " + br.noun()));
      }
    }
    // "Twenty years after that, …": shown with the sentence whose event "that" is, or not asked.
    AfterThat.Need since = AfterThat.of(rel, st.anchors(), text, f, s, from);
    if (since == AfterThat.Need.SENTENCE_BEFORE) {
      Span prev = st.context().previous(s);
      if (prev == null || st.context().isLayout(prev) || pointsBack(st, prev.start(), prev)
          || PromptBuilder.clean(text.substring(prev.start(), s.end())).length() > LONG_WHOLE) {
        return Result.skip(SkipReason.RELATIVE_TIME, "counts from an event not shown");
      }
      from = prev.start();
      prepended = true;
    } else if (since == AfterThat.Need.SKIP) {
      return Result.skip(SkipReason.RELATIVE_TIME, "counted from an event before (a difference)");
    }
    Referents.Start rs = Referents.of(doc.lang()).start(st, context, f, from, s, prepended);
    if (rs.skip() != null) { // "cả hai bên", "hôm sau": what they point to must be shown
      return Result.skip(rs.skip(), rs.detail());
    }
    // A clause whose demonstrative was given its name ("vùng Karst") names it: not prepended.
    Referents.Start named = renamed.isEmpty() ? NamelessClause.start(st, context, s, rs) : rs;
    if (named == rs || !RowSentences.opensRow(text, s, st.facts())) {
      rs = named; // a clause naming nothing takes the one before, never another chronology row
    }
    from = rs.from();
    prepended = rs.prepended();
    int row = RowSentences.start(text, s, st.facts());
    if (row >= 0 && from > row && !RowSentences.namesSubject(doc.lang(),
        text.substring(RowSentences.dateEnd(st.facts(), row), s.start()), s.of(text))) {
      if (PromptBuilder.clean(text.substring(row, s.end())).length() > LONG_WHOLE) {
        return Result.skip(SkipReason.DANGLING_START, "a later sentence of a chronology row");
      }
      from = row; // "1925 – The Dock Act created a board. … The board also fixed _____"
      prepended = true;
    }
    if (Referents.of(doc.lang()).restatedFromShown(st, f, from)) { // "20/3 … Hôm sau, ___"
      return Result.skip(SkipReason.RELATIVE_TIME, "a day counted from one shown (a subtraction)");
    }
    // The sentence shown before opens with its own "Then", "Nhưng mà": it joins nothing shown.
    from += prepended && from < s.start() ? context.connectiveLength(doc.lang(), text.substring(from, s.start())) : 0;
    from = leads.start(doc, st.anchors(), st.facts(), text, from, s.end(), f);
    String refused = from < s.start() ? ShownBefore.refused(doc.lang(),
        PromptBuilder.clean(text.substring(from, s.start()))) : null;
    if (refused != null) { // what is shown before must stand on its own, as the asked one must
      return Result.skip(SkipReason.DANGLING_START, refused);
    }
    String kind = NamelessClause.unnamedInstance(st, context, from, s);
    if (kind != null) { // "The ship sank in _____" after "USS Arlen …", not shown: which ship?
      return Result.skip(SkipReason.BACK_REFERENCE, kind + " (named before)");
    }
    YearlessInPrompt.Verdict open = YearlessInPrompt.of(st, f0, f, from, s);
    if (open.yearless() != null) { // "…, và đến ngày 21/5 thì …": a day no year is given to
      return Result.skip(SkipReason.NO_YEAR, "'" + open.yearless().text() + "' in the prompt");
    }
    from = open.from(); // "Hôm 15 tháng 4, ông Phúc …" asked as "Ông Phúc …"
    List<Insert> inserts = DayApposition.dropped(doc.lang(), text, st.facts(), from, s.end(), renamed);
    Insert label = row >= 0 && from == row ? RowLabel.adverbial(doc.lang(), text, st.facts(), row)
        : null;
    if (label != null) { // "May 3, 1962 The capsule …" shown before a later sentence of its row
      inserts.add(label);
    }
    List<Question.Time> times = new ArrayList<>();
    String window = text.substring(from, s.end());
    int adjacentYear = -1;
    String adjacentFrom = null;
    for (RelativeTime.Found r : relative.find(doc.lang(), text, from, s.end())) {
      boolean onFact = r.start() < f.end() && f.start() < r.end();
      if (onFact && (r.kind() == RelativeTime.Kind.AGO || r.kind() == RelativeTime.Kind.AFTER)) {
        return Result.skip(SkipReason.RELATIVE_TIME, "counts back from an unstated now");
      }
      RelativeTime.Resolved rr = ThenYear.resolve(relative, r, st, s);
      Question.Time dated = rr.ok() ? null
          : SincePresent.time(doc.lang(), text, r, st.facts(), from); // "since D, now"
      if (!rr.ok() && !(r.start() >= s.start() && RelativeTime.presentAside(r, f)) // asked one's
          && dated == null) {
        return Result.skip(SkipReason.RELATIVE_TIME, r.text());
      } else if (!rr.ok()) {
        if (dated != null) {
          times.add(dated); // the since-date's year, on screen or the answer's own
        }
        continue; // "Today, a century after … 1865": the year written stays absolute
      }
      TimeAnchors.Anchor ev = rr.evidence();
      if (r.kind() == RelativeTime.Kind.DOC && r.unit() != 'y' && ev != null && ev.docDate()
          && !onFact && !window.contains(ev.text())
          && !(r.start() >= s.start() && RelativeTime.presentAside(r, f))
          && !(f.value() instanceof Value.Date fd && fd.year() > 0
          && f.text().contains(String.valueOf(fd.year())))) {
        // "tuần tới", "last month": a year does not say which week or month; the page's date
        // that would is not shown. (An asked date that writes its year is absolute: "told the
        // paper last week that … the war of 1992-_____" keeps its aside.)
        return Result.skip(SkipReason.RELATIVE_TIME, r.text() + " (counted from the page's date)");
      }
      // Counted from the fact itself ("in 1993, two years later"): no year shown (it would answer).
      boolean fromFact = ev != null && !ev.docDate() && ev.start() >= f.start()
          && ev.start() < f.end();
      String year = String.valueOf(rr.year());
      times.add(new Question.Time(r.text(), rr.year(), ev.evidence()));
      if (!fromFact && !window.contains(year) && !YearBeside.written(text, st.facts(), r)) {
        inserts.add(SameYearPhrase.insert(doc.lang(), text, st.facts(), f, r,
            onFact ? Math.max(r.end(), f.end()) : r.end(), " (" + year + ")"));
      }
      // Next to the blank, or setting the time of its clause: "A year earlier, on 11 November"
      // is 11 November of that year, whatever year the paragraph stated before.
      boolean adjacent = r.start() >= f.end() && r.start() - f.end() <= 3
          || f.start() >= r.end() && f.start() - r.end() <= 3 || onFact;
      boolean setsTime = r.start() >= s.start() && r.kind() != RelativeTime.Kind.AGO
          && setsTimeOf(st.facts(), text, r, f);
      if (r.unit() == 'y' && r.kind() != RelativeTime.Kind.SPAN && (setsTime || adjacent
          && r.kind() != RelativeTime.Kind.AGO && r.kind() != RelativeTime.Kind.AFTER)) {
        adjacentYear = rr.year();
        adjacentFrom = ev.evidence();
      }
    }
    Value value = f.value();
    if (value instanceof Value.Date given && !given.isRange() && given.year() > 0
        && given.iso().matches("\\d{4}-\\d\\d(?:-\\d\\d)?")
        && !f.text().contains(String.valueOf(given.year()))
        && !org.factdrill.extract.FactExtractor.statesYear(f.text(), doc.lang())
        && !Periods.periodWritesYear(st.facts(), f0, given.year())) {
      // A day or month whose year the extractor carried over from an earlier date: resolve it
      // here like any yearless date, so the year comes with evidence and is shown in the prompt
      // (not an end of a period whose frame writes the year once for both ends: it is shown).
      value = new Value.Date("-" + given.iso().substring(4));
    }
    Question.Resolved resolved = times.isEmpty() ? null
        : new Question.Resolved(null, null, times);
    if (value instanceof Value.Date d && d.iso().startsWith("--")) {
      int month = Integer.parseInt(d.iso().substring(2, 4));
      int year = adjacentYear;
      String evidence = adjacentFrom;
      if (year < 0) {
        TimeAnchors.Anchor a = st.anchors().yearForMonth(f.start(), month,
            TimeAnchors.dayOf(d.iso()), s);
        if (a == null) {
          return Result.skip(SkipReason.NO_YEAR, null);
        }
        if (a.doubt() != null) {
          return Result.skip(AnchorDoubts.reason(a.doubt()), "'" + a.text() + "' " + a.doubt());
        }
        year = a.year();
        evidence = a.evidence();
        // The blank's own year, even when another date of the prompt shows it: an answer
        // ("April 18") must not leave the student to guess which year it belongs to.
        inserts.add(new Insert(f.end(), " (" + year + ")"));
      }
      value = YearlessRange.withYear(d, year);
      resolved = new Question.Resolved(Answers.of(f.kind(), value), evidence,
          times.isEmpty() ? null : times);
      f = new Fact(f.start(), f.end(), f.text(), f.kind(), value, f.unit(), f.approx(), s);
    }
    if (!yearsOfOtherDates(st, f0, f, from, window, inserts)) {
      return Result.skip(SkipReason.NO_YEAR, "another day or month of its sentence has no year");
    }
    // The whole sentence (with the one before it, a longer one), else a cut that keeps its
    // subject, verb and date; else the fact is not asked.
    int whole = prepended ? LONG_WHOLE : WHOLE;
    int gregorianYear = value instanceof Value.Date gd && !gd.isRange() ? gd.year() : -1;
    String raw = ForeignRuns.withoutGlosses(doc.lang(), CalendarGloss.without(doc.lang(),
        YearInserts.annotate(text, from, s.end(), f, inserts), gregorianYear));
    String cleaned = PromptBuilder.clean(raw);
    if (cleaned.indexOf(PromptBuilder.HOLE) < 0
        || cleaned.indexOf(PromptBuilder.HOLE) != cleaned.lastIndexOf(PromptBuilder.HOLE)) {
      return Result.skip(SkipReason.MARKUP, null);
    }
    if (org.factdrill.text.CapsLine.is(cleaned)) { // a heading run into a line of prose
      return Result.skip(SkipReason.LAYOUT, "a sentence in capitals");
    }
    if (Brackets.misPaired(cleaned)) {
      return Result.skip(SkipReason.MISREAD, null);
    }
    CleanCut.Words words = CleanCut.Words.of(doc.lang(), context);
    CleanCut.Cut cut = CleanCut.of(raw, whole, words, prompts);
    String relClause = cut.skip() == null ? null : relatives.computeIfAbsent(doc.lang(),
        RelativeClause::of).asked(cleaned, whole, words);
    cut = relClause == null ? cut : CleanCut.Cut.of(relClause); // "Belvania (which became …)"
    if (cut.skip() != null) {
      return Result.skip(cut.skip(), cut.detail());
    }
    String template = cut.template();
    String opening = PromptBuilder.clean(text.substring(from, s.end()));
    if (from == s.start() + lead && ClauseEdges.opensMidClause(opening)) {
      // The "sentence" is the rest of one (a split after an abbreviation or inside brackets).
      return Result.skip(SkipReason.CUT_CLAUSE, "opens mid-clause");
    }
    if (template != null && ClauseEdges.unbalanced(template)) {
      return Result.skip(SkipReason.CUT_CLAUSE, "a bracket opened or closed outside the prompt");
    }
    if (resolved != null && resolved.value() != null && value instanceof Value.Date rd
        && !template.contains(String.valueOf(rd.year()))) {
      // The cut left out the year the date took: state it next to the blank.
      inserts.add(new Insert(f.end(), " (" + rd.year() + ")"));
      template = PromptBuilder.stem(ForeignRuns.withoutGlosses(doc.lang(),
          CalendarGloss.without(doc.lang(), YearInserts.annotate(text, from, s.end(), f, inserts),
              gregorianYear)), whole,
          context.subordinators(doc.lang()));
      if (template == null) {
        return Result.skip(SkipReason.CUT_CLAUSE, null);
      }
    }
    if (template != null && !template.isEmpty() && Character.isLowerCase(template.charAt(0))) {
      template = template.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
          + template.substring(1);
    }
    if (template == null) {
      return Result.skip(SkipReason.MARKUP, null);
    }
    template = org.factdrill.text.GluedWords.split(template, doc.lang()); // a lost link space
    template = prepended ? template : ItemLeans.withoutSequence(doc.lang(), template); // "then"
    template = st.broken().rejoin(template); // a word a PDF's line break left in two pieces
    String series = prepended ? null : SeriesSubject.carried(doc.lang(), f.sentence().of(text),
        f.start() - f.sentence().start(), template,
        FrontedPronoun.pronouns(doc.lang(), context.pronouns(doc.lang())));
    if (series != null) {
      template = series; // "…; it spent _____" asked as "The trust spent _____"
    } else if (template.startsWith("…") && (prepended || context.opensWithPronoun(doc.lang(),
        template))) {
      // The cut kept a clause whose subject is elsewhere: the sentence it points back to, or a
      // pronoun.
      return Result.skip(SkipReason.DANGLING_START, "the clause kept opens by pointing back");
    }
    if (clipped && !template.endsWith("…")) {
      template = CutTail.trim(template + " …", words); // not ending on ", and, in X …"
      if (template == null) {
        return Result.skip(SkipReason.CUT_CLAUSE, CutTail.SKIP_DETAIL);
      }
    }
    template = ListTail.trim(doc.lang(), template); // not ending on a list's first items
    if (template.endsWith("…") && OpenEnds.cutInsidePhrase(doc.lang(), template)) {
      return Result.skip(SkipReason.CUT_CLAUSE, "the cut leaves a phrase open"); // "… in this …"
    }
    template = QuotedParagraphs.mended(template, text, from); // "(2) …" of a quoted statute
    template = QuoteCut.mended(template, doc.lang().pack().prefixes()); // a quotation the cut or the sentence left open
    if (st.context().repeats(f0)) {
      return Result.skip(SkipReason.DUPLICATE, "the same fact as in an earlier sentence");
    }
    return new Result(f, template, resolved, null, null);
  }

  /** True when the sentence from {@code from} opens by pointing back ({@link PointingBack}). */
  private boolean pointsBack(DocState st, int from, Span s) {
    return pointing.pointsBack(st, from, s);
  }

  /** A year in a citation: "Smith (1999)", "(Smith 1999, p. 4)", "(Nguyen and Tran 2003)". */
  static boolean citedWork(String text, Fact f) {
    if (!(f.value() instanceof Value.Date d) || d.iso().length() != 4) {
      return false;
    }
    String before = text.substring(Math.max(0, f.start() - 60), f.start());
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 12));
    return CITE_BEFORE.matcher(before).find() && CITE_AFTER.matcher(after).find()
        && !OtherCalendars.glossed(before, d.year()); // "năm Giáp Thân (1284)" names no author
  }

  /**
   * Whether relative time {@code r} before fact {@code f} in the same sentence sets its time:
   * no date, clause break (";", ":") or sentence end stands between them.
   */
  private static boolean setsTimeOf(List<Fact> facts, String text, RelativeTime.Found r,
      Fact f) {
    if (r.end() > f.start()) {
      return false;
    }
    for (Fact o : facts) {
      if (o.value() instanceof Value.Date && o.start() >= r.end() && o.start() < f.start()) {
        return false;
      }
    }
    String between = text.substring(r.end(), f.start());
    return between.indexOf(';') < 0 && between.indexOf(':') < 0;
  }
}
