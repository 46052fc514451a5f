package org.factdrill.bank;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdrill.lang.Phrase;
import org.factdrill.text.Language;
import org.factdrill.text.Sha256;
import org.factdrill.text.TextReadException;

/** Semantic checks on a parsed bank: everything a study session or an export relies on. */
public final class BankValidator {
  private static final Set<String> KINDS = Set.of("date", "number", "money", "percent");

  /** All problems found, in question order; empty when the bank is usable. */
  public List<BankProblem> validate(String file, Bank bank) {
    return validate(file, bank, BankLocations.none(), List.of());
  }

  /**
   * All problems found, with line:column from {@code where}; fact offsets are checked against
   * the source texts found (by file name) in {@code sourceDirs} when their SHA-256 still matches.
   */
  public List<BankProblem> validate(String file, Bank bank, BankLocations where,
      List<Path> sourceDirs) {
    List<BankProblem> out = new ArrayList<>();
    if (bank.schemaVersion() > Bank.SCHEMA_VERSION) {
      out.add(new BankProblem(file, 0, 0, null, Phrase.of("bank.schema_newer",
          bank.schemaVersion(), Bank.SCHEMA_VERSION)));
      return out;
    }
    if (bank.schemaVersion() < 1) {
      out.add(new BankProblem(file, 0, 0, null, Phrase.of("bank.schema_missing")));
    }
    Sources sources = new Sources(bank, sourceDirs);
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (Question q : bank.questions()) {
      int i = index++;
      if (q == null) {
        out.add(new BankProblem(file, 0, 0, null, Phrase.of("bank.question_null", i)));
        continue;
      }
      String label = q.id() == null ? "#" + i : q.id();
      Check c = new Check(file, label, where, i, out);
      if (q.id() == null || q.id().isBlank()) {
        c.add("id", Phrase.of("bank.missing_id"));
      } else if (!ids.add(q.id())) {
        c.add("id", Phrase.of("bank.duplicate_id"));
      }
      own(q, c);
      for (Question.FactRef f : q.facts()) {
        if (f.start() < 0 || f.end() < f.start()) {
          c.add("facts", Phrase.of("bank.bad_span", f.start(), f.end()));
          continue;
        }
        if (f.kind() != null && !KINDS.contains(f.kind())) {
          c.add("facts", Phrase.of("bank.unknown_kind", f.kind()));
        }
        sources.check(f).ifPresent(m -> c.add("facts", m));
      }
    }
    return out;
  }

  /**
   * The problems of one question on its own (no duplicate ids, no source texts), as messages:
   * what an editor checks before it saves a question.
   */
  public List<String> check(Question q) {
    List<BankProblem> out = new ArrayList<>();
    own(q, new Check("", q.id(), BankLocations.none(), 0, out));
    return out.stream().map(BankProblem::message).toList();
  }

  /** {@link #check(Question)} as phrases, for a screen in the interface language. */
  public List<Phrase> checkPhrases(Question q) {
    List<BankProblem> out = new ArrayList<>();
    own(q, new Check("", q.id(), BankLocations.none(), 0, out));
    return out.stream().map(BankProblem::phrase).toList();
  }

  private static void own(Question q, Check c) {
    if (q.lang() != null && Language.fromCode(q.lang()).isEmpty()) {
      c.add("lang", Phrase.of("bank.unknown_lang", q.lang()));
    }
    if (q.prompt() == null || q.prompt().isBlank()) {
      c.add("prompt", Phrase.of("bank.missing_prompt"));
    }
    if (q.answer() == null || q.answer().text() == null) {
      c.add("answer", Phrase.of("bank.missing_answer"));
    } else if (q.answer().also().stream().anyMatch(a -> a == null || a.isBlank())) {
      c.add("answer.also", Phrase.of("bank.empty_alternative"));
    } else if (new HashSet<>(q.answer().also()).size() != q.answer().also().size()
        || q.answer().also().contains(q.answer().text())) {
      c.add("answer.also", Phrase.of("bank.repeated_alternatives"));
    }
    q.accept(new TypeChecks(c));
  }

  /** The checks each question type needs beyond the shared ones. */
  private record TypeChecks(Check c) implements Question.Visitor<Void, RuntimeException> {
    @Override
    public Void cloze(Question.Cloze q) {
      // Not blocking: banks edited before this check still study and export (as typed-answer
      // questions); 'bank validate' and the editor refuse them.
      PromptCheck.cloze(q.prompt(), q.answer() == null ? null : q.answer().text())
          .ifPresent(m -> c.warn("prompt", m));
      return null;
    }

    @Override
    public Void choice(Question.Choice q) {
      if (q.options().size() < 2) {
        c.add("options", Phrase.of("bank.few_options"));
      } else if (q.answer() != null && !q.options().contains(q.answer().text())) {
        c.add("options", Phrase.of("bank.answer_not_option", q.answer().text()));
      } else if (new HashSet<>(q.options()).size() != q.options().size()) {
        c.add("options", Phrase.of("bank.options_repeat"));
      }
      return null;
    }

    @Override
    public Void trueFalse(Question.TrueFalse q) {
      return null; // "truth" is required by the reader
    }

    @Override
    public Void timeline(Question.Timeline q) {
      if (q.events().size() < 2) {
        c.add("events", Phrase.of("bank.few_events"));
      } else {
        order(q, q.events().size(), "timeline");
      }
      return null;
    }

    @Override
    public Void whichFirst(Question.WhichFirst q) {
      if (twoDatedEvents(q, "whichfirst")) {
        order(q, 2, "whichfirst");
        if (q.events().get(0).date().equals(q.events().get(1).date())) {
          c.add("events", Phrase.of("bank.same_date"));
        }
        if (q.events().stream().anyMatch(e -> e.text() == null || e.text().isBlank())
            || q.events().get(0).text().equals(q.events().get(1).text())) {
          c.add("events", Phrase.of("bank.same_texts"));
        }
      }
      return null;
    }

    @Override
    public Void yearsBetween(Question.YearsBetween q) {
      if (twoDatedEvents(q, "yearsbetween")) {
        years(q);
      }
      return null;
    }

    @Override
    public Void duration(Question.Duration q) {
      Question.Period p = q.period();
      if (p == null || p.start() == null || p.end() == null) {
        c.add("period", Phrase.of("bank.period_dates"));
      } else if (p.start().compareTo(p.end()) > 0) {
        c.add("period", Phrase.of("bank.period_reversed", p.end(), p.start()));
      }
      years(q);
      return null;
    }

    private boolean twoDatedEvents(Question q, String type) {
      if (q.events().size() != 2) {
        c.add("events", Phrase.of("bank.two_events", type));
        return false;
      }
      if (q.events().stream().anyMatch(e -> e.date() == null || e.date().isBlank())) {
        c.add("events", Phrase.of("bank.event_dates", type));
        return false;
      }
      return true;
    }

    private void order(Question q, int n, String type) {
      if (q.answer() == null) {
        return;
      }
      List<Integer> o = q.answer().value().order();
      if (!new AnswerValue.Order(o).isPermutationOf(n)) {
        c.add("answer", Phrase.of("bank.order_answer", type, n - 1));
      }
    }

    private void years(Question q) {
      if (q.answer() != null && (q.answer().value().numbers().size() != 1
          || q.answer().value().numbers().get(0).signum() < 0)) {
        c.add("answer", Phrase.of("bank.years_answer", q.type().json()));
      }
    }
  }

  /** Adds problems for one question at the position of the field concerned. */
  private record Check(String file, String label, BankLocations where, int index,
      List<BankProblem> out) {
    void add(String field, Phrase message) {
      BankLocations.Pos p = where.of(index, field);
      out.add(new BankProblem(file, p.line(), p.column(), label, message));
    }

    void warn(String field, Phrase message) {
      BankLocations.Pos p = where.of(index, field);
      out.add(new BankProblem(file, p.line(), p.column(), label, message, false));
    }
  }

  /** The source texts a bank names, read on demand; null when absent or changed since. */
  private static final class Sources {
    private final Map<String, String> sha = new HashMap<>();
    private final List<Path> dirs;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    Sources(Bank bank, List<Path> dirs) {
      this.dirs = dirs;
      for (Bank.SourceInfo s : bank.sources()) {
        if (s != null && s.file() != null) {
          sha.put(s.file(), s.sha256());
        }
      }
    }

    Optional<Phrase> check(Question.FactRef f) {
      if (f.source() == null) {
        return Optional.empty();
      }
      Optional<String> text = texts.computeIfAbsent(f.source(), this::read);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get();
      if (f.end() > t.length()) {
        return Optional.of(Phrase.of("bank.outside_source", f.start(), f.end(), f.source(),
            t.length()));
      }
      if (f.text() != null && !t.substring(f.start(), f.end()).equals(f.text())) {
        return Optional.of(Phrase.of("bank.fact_moved", f.text(), f.start(), f.end(), f.source(),
            t.substring(f.start(), f.end())));
      }
      return Optional.empty();
    }

    /** The text when found and unchanged (a changed text means regenerate, not a broken bank). */
    private Optional<String> read(String name) {
      if (name.contains("/") || name.contains("\\") || name.contains("..")) {
        return Optional.empty();
      }
      for (Path d : dirs) {
        Path p = d.resolve(name);
        if (Files.isRegularFile(p)) {
          try {
            byte[] bytes = Files.readAllBytes(p);
            String want = sha.get(name);
            if (want != null && !want.equals(Sha256.hex(bytes))) {
              return Optional.empty();
            }
            // The offsets refer to the text the loader makes of the file (HTML, PDF ... too).
            return Optional.of(new org.factdrill.text.DocumentLoader(Optional.empty(),
                Optional.empty(), false).load(p, name).doc().text());
          } catch (java.io.IOException | TextReadException e) {
            return Optional.empty();
          }
        }
      }
      return Optional.empty();
    }
  }
}
