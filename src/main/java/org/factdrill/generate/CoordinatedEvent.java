package org.factdrill.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * A bare event noun coordinated with another bare noun ("in war and peace", "in peace and in
 * war", "through war or famine") is the generic kind, not one event named before.
 */
final class CoordinatedEvent {
  /** Per language: coordinators ("&and") and determiners that make the next noun definite ("%the"). */
  private final Map<Language, Set<String>> coordinators = new HashMap<>();
  private final Map<Language, Set<String>> determiners = new HashMap<>();

  CoordinatedEvent() {
    for (Language l : Language.values()) {
      Set<String> cs = new java.util.HashSet<>();
      Set<String> ds = new java.util.HashSet<>();
      for (String x : LangWords.lines(l, "topic-nouns")) {
        if (x.startsWith("&")) {
          cs.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
        } else if (x.startsWith("%")) {
          ds.add(x.substring(1).strip().toLowerCase(Locale.ROOT));
        }
      }
      coordinators.put(l, cs);
      determiners.put(l, ds);
    }
  }

  /**
   * True when the bare noun ending at {@code end}, whose preposition starts at {@code start}, is
   * joined by a coordinator to another noun without a determiner, after it ("war and peace",
   * "war, or in peace") or before its preposition ("peace and in war"); a preposition of
   * {@code preps} may repeat after the coordinator.
   */
  boolean generic(Language lang, String p, int start, int end, List<String> preps) {
    Set<String> cs = coordinators.getOrDefault(lang, Set.of());
    if (cs.isEmpty()) {
      return false;
    }
    String tail = p.substring(end).strip();
    String[] after = (tail.startsWith(",") ? tail.substring(1) : tail).strip()
        .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+", 4);
    int i = 0;
    if (after.length > i && cs.contains(after[i])) {
      i++;
      if (after.length > i + 1 && preps.contains(after[i])) {
        i++;
      }
      if (after.length > i && !after[i].isEmpty() && !determiners.get(lang).contains(after[i])) {
        return true;
      }
    }
    String[] before = p.substring(0, start).toLowerCase(Locale.ROOT).strip()
        .split("[^\\p{L}\\p{M}]+");
    int n = before.length;
    // "in peace and in war": a preposition, a bare noun and a coordinator before this one
    return n >= 3 && cs.contains(before[n - 1]) && preps.contains(before[n - 3])
        && !before[n - 2].isEmpty() && !determiners.get(lang).contains(before[n - 2]);
  }
}
