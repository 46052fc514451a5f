package org.factdrill.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;

/**
 * Which questions an export holds: filters by type, language and source file (disabled questions
 * never), then an optional seeded random draw of {@code count} questions spread evenly over the
 * source files. {@link #variant} shuffles questions and options for per-student papers.
 *
 * @param types empty for all types
 * @param langs language codes; empty for all
 * @param sources source file names (a path's last element is enough); empty for all
 * @param count 0 for every matching question
 */
public record Selection(Set<QuestionType> types, Set<String> langs, Set<String> sources,
    int count, long seed) {

  public Selection {
    types = Set.copyOf(types);
    langs = Set.copyOf(langs);
    Set<String> names = new HashSet<>();
    for (String s : sources) {
      Path p = Path.of(s).getFileName();
      names.add(p == null ? s : p.toString());
    }
    sources = Set.copyOf(names);
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
  }

  /** Every enabled question. */
  public static Selection all() {
    return new Selection(Set.of(), Set.of(), Set.of(), 0, 1);
  }

  /** True when the question passes the type, language, source and enabled filters. */
  public boolean matches(Question q) {
    if (q.isDisabled()) {
      return false;
    }
    if (!types.isEmpty() && !types.contains(q.type())) {
      return false;
    }
    if (!langs.isEmpty() && (q.lang() == null || !langs.contains(q.lang()))) {
      return false;
    }
    return sources.isEmpty() || q.facts().stream().anyMatch(f -> sources.contains(f.source()));
  }

  /** The questions that pass the filters, drawn down to {@code count}, in bank order. */
  public List<Question> apply(List<Question> bank) {
    List<Question> matching = bank.stream().filter(this::matches).toList();
    if (count == 0) {
      return matching;
    }
    // Balanced draw: shuffle each source's questions, then take one from each source in turn,
    // so a 20-question quiz over five texts does not come from the longest text alone.
    Random random = new Random(seed);
    Map<String, List<Question>> bySource = new TreeMap<>();
    for (Question q : matching) {
      bySource.computeIfAbsent(Items.sourceFile(q), k -> new ArrayList<>()).add(q);
    }
    List<List<Question>> pools = new ArrayList<>();
    for (List<Question> pool : bySource.values()) {
      List<Question> copy = new ArrayList<>(pool);
      Collections.shuffle(copy, random);
      pools.add(copy);
    }
    // Never two siblings (questions of one sentence) in one test: the second would answer
    // the first. A draw may then hold fewer than count questions when siblings run out.
    Set<Question> chosen = new HashSet<>();
    Set<String> siblings = new HashSet<>();
    int longest = pools.stream().mapToInt(List::size).max().orElse(0);
    for (int round = 0; round < longest && chosen.size() < count; round++) {
      for (List<Question> pool : pools) {
        if (round < pool.size() && chosen.size() < count
            && siblings.add(pool.get(round).siblingKey())) {
          chosen.add(pool.get(round));
        }
      }
    }
    return matching.stream().filter(chosen::contains).toList();
  }

  /**
   * Variant {@code number} (1-based) of a paper: questions in a new order, choice options and
   * timeline events shuffled (the timeline's answer follows its events), different for each
   * variant and the same for the same seed.
   */
  public static List<Question> variant(List<Question> questions, long seed, int number) {
    Random random = new Random(seed * 1_000_003L + number);
    List<Question> out = new ArrayList<>();
    for (Question q : questions) {
      out.add(shuffleParts(q, random));
    }
    Collections.shuffle(out, random);
    return out;
  }

  private static Question shuffleParts(Question q, Random random) {
    return q.accept(new Question.Visitor<Question, RuntimeException>() {
      @Override
      public Question cloze(Question.Cloze c) {
        return c;
      }

      @Override
      public Question choice(Question.Choice c) {
        List<String> options = new ArrayList<>(c.options());
        Collections.shuffle(options, random);
        return c.withOptions(options);
      }

      @Override
      public Question trueFalse(Question.TrueFalse t) {
        return t;
      }

      @Override
      public Question timeline(Question.Timeline t) {
        Optional<Shuffled> s = shuffleEvents(t, random);
        return s.isEmpty() ? t : t.withEvents(s.get().events(),
            new Question.Answer(s.get().order(), t.answer().text()));
      }

      @Override
      public Question whichFirst(Question.WhichFirst w) {
        Optional<Shuffled> s = shuffleEvents(w, random);
        return s.isEmpty() ? w : new Question.WhichFirst(w.header(),
            new Question.Answer(s.get().order(), w.answer().text()), s.get().events());
      }

      @Override
      public Question yearsBetween(Question.YearsBetween y) {
        return y;
      }

      @Override
      public Question duration(Question.Duration d) {
        return d;
      }
    });
  }

  /** Events in a new order, and the chronological order of their new positions. */
  private record Shuffled(List<Question.Event> events, AnswerValue.Order order) {}

  private static Optional<Shuffled> shuffleEvents(Question q, Random random) {
    List<Integer> chronology = Items.chronology(q);
    if (chronology.size() != q.events().size()) {
      return Optional.empty();
    }
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < q.events().size(); i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, random);
    List<Question.Event> events = new ArrayList<>();
    Map<Integer, Integer> newIndex = new LinkedHashMap<>();
    for (int k = 0; k < perm.size(); k++) {
      events.add(q.events().get(perm.get(k)));
      newIndex.put(perm.get(k), k);
    }
    List<Integer> order = new ArrayList<>();
    for (int old : chronology) {
      order.add(newIndex.get(old));
    }
    return Optional.of(new Shuffled(events, new AnswerValue.Order(order)));
  }
}
