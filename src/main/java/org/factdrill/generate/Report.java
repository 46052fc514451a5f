package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * What a generation run did: questions by type, language and kind, the facts it skipped and
 * why, and what a merge kept or dropped. Printed by {@code generate --report}.
 */
public final class Report {
  /** One fact not used (or used only partly), with where it is and why. */
  public record Skipped(String source, int start, int end, String text, String type,
      SkipReason reason, String detail) {}

  private final List<Skipped> skipped = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();
  private final List<String> documents = new ArrayList<>();
  private final List<String> carried = new ArrayList<>();
  private int carriedNow;
  private int keptEdits;
  private int added;
  private int facts;

  void skip(Skipped s) {
    skipped.add(s);
  }

  void document(String line) {
    documents.add(line);
  }

  /** How each document was read (format, encoding, title, repairs), one line each. */
  public List<String> documents() {
    return List.copyOf(documents);
  }

  void countFact() {
    facts++;
  }

  void drop(String line) {
    dropped.add(line);
  }

  void carry(String line, boolean sentenceChangedNow) {
    carried.add(line);
    if (sentenceChangedNow) {
      carriedNow++;
    }
  }

  /** Cards whose sentence changed and that kept their old id (progress), one line each. */
  public List<String> carried() {
    return List.copyOf(carried);
  }

  /**
   * How many of {@link #carried()} changed sentence in this run. A carried card keeps its old id
   * for good, so every later run carries it again with the sentence the bank already stores;
   * only a sentence that differs from the stored one is news to the user.
   */
  public int carriedNow() {
    return carriedNow;
  }

  void keptEdit() {
    keptEdits++;
  }

  void added() {
    added++;
  }

  public List<Skipped> skipped() {
    return List.copyOf(skipped);
  }

  public List<String> dropped() {
    return List.copyOf(dropped);
  }

  public int keptEdits() {
    return keptEdits;
  }

  public int facts() {
    return facts;
  }

  /** The report as text: counts, then skipped facts, then merge lines (reasons in English). */
  public String format(Bank bank) {
    return format(bank, SkipReason::text);
  }

  /**
   * The report as text, each skip's reason worded by {@code words} (the command line gives the
   * auditor's categories in the interface language: {@link SkipReason#uiKey()}).
   */
  public String format(Bank bank, java.util.function.Function<SkipReason, String> words) {
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byLang = new TreeMap<>();
    Map<String, Integer> byKind = new TreeMap<>();
    for (Question q : bank.questions()) {
      byType.merge(q.type() == null ? "?" : q.type().json(), 1, Integer::sum);
      byLang.merge(q.lang() == null ? "?" : q.lang(), 1, Integer::sum);
      if (!q.facts().isEmpty()) {
        byKind.merge(q.facts().get(0).kind(), 1, Integer::sum);
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(bank.questions().size()).append(" questions from ").append(facts)
        .append(" facts in ").append(bank.sources().size()).append(" texts\n");
    b.append("by type: ").append(join(byType)).append('\n');
    b.append("by language: ").append(join(byLang)).append('\n');
    b.append("by kind: ").append(join(byKind)).append('\n');
    documents.forEach(d -> b.append("  document ").append(d).append('\n'));
    Map<SkipReason, Integer> reasons = new TreeMap<>();
    skipped.forEach(s -> reasons.merge(s.reason(), 1, Integer::sum));
    b.append("skipped: ").append(skipped.size());
    reasons.forEach((r, n) -> b.append(", ").append(r.name().toLowerCase()).append(' ').append(n));
    b.append('\n');
    Map<String, Integer> layout = new TreeMap<>();
    skipped.stream().filter(s -> s.reason() == SkipReason.LAYOUT)
        .forEach(s -> layout.merge(String.valueOf(s.detail()), 1, Integer::sum));
    if (!layout.isEmpty()) {
      b.append("skipped as layout: ").append(join(layout)).append('\n');
    }
    for (Skipped s : skipped) {
      b.append("  skipped ").append(s.source()).append(' ').append(s.start()).append("..")
          .append(s.end()).append(" \"").append(s.text()).append("\"")
          .append(s.type() == null ? "" : " (" + s.type() + ")").append(": ")
          .append(words.apply(s.reason()));
      if (s.detail() != null) {
        b.append(" (").append(s.detail()).append(')');
      }
      b.append('\n');
    }
    if (keptEdits > 0 || added > 0 || !dropped.isEmpty()) {
      b.append("merge: kept ").append(keptEdits).append(" edited or disabled, added ")
          .append(added).append(" new, dropped ").append(dropped.size()).append('\n');
    }
    dropped.forEach(d -> b.append("  dropped ").append(d).append('\n'));
    if (!carried.isEmpty()) {
      b.append("continuity: kept the ids of ").append(carried.size())
          .append(" cards whose sentence changed\n");
    }
    carried.forEach(c -> b.append("  carried ").append(c).append('\n'));
    return b.toString();
  }

  private static String join(Map<String, Integer> m) {
    if (m.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return b.toString();
  }
}
