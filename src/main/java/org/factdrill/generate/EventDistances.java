package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A clause that states how many years it lies from another event ("… was completed, two years
 * after independence", "hai năm sau khi …"): shown as a chronology item beside that event, it
 * states the count a years-between asks and tells which came first. Such a clause is not paired
 * into chronology items (its own cloze asks its date as before). The phrases are the pack's
 * {@code event-distances.txt}; "{N}" is a count in digits or the pack's numerals.
 */
final class EventDistances {
  private final Map<Language, List<Pattern>> phrases = new HashMap<>();

  EventDistances() {
    for (Language l : Language.values()) {
      String n = RelativeTime.countPattern(l);
      List<Pattern> list = new ArrayList<>();
      for (String line : LangWords.lines(l, "event-distances")) {
        list.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + line.replace("{N}", n)
            + ")(?![\\p{L}\\p{N}])"));
      }
      phrases.put(l, List.copyOf(list));
    }
  }

  /** True when {@code clause} states its distance in years from another event. */
  boolean states(Language lang, String clause) {
    for (Pattern p : phrases.getOrDefault(lang, List.of())) {
      if (p.matcher(clause).find()) {
        return true;
      }
    }
    return false;
  }
}
