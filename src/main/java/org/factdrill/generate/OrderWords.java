package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Events whose kind has an inherent place in time: a beginning (a founding, a birth, a start,
 * an invasion, a first) comes before an end (a dissolution, a death, an end, a withdrawal, a
 * second or last) and before a repetition (a restoration, a re-election). A "which happened
 * first?" item pairing a beginning with an end or a repetition is answered by its wording, not
 * by knowing the dates. Word classes from the pack's words.tsv: {@code begin-event-words},
 * {@code end-event-words}, {@code repeat-event-words} (an entry ending in {@code *} is a stem,
 * for inflected languages) and {@code repeat-prefixes} (a prefix written onto a verb with a
 * hyphen, "re-"); {@code sequel-event-words} ("again", "also") mark an event told as following
 * another, so a pair where only the later one holds such a word is answered by its wording too;
 * {@code sequel-event-not} are phrases holding such a word in another sense ("as well as", "chống
 * lại": against), read as no sequel.
 */
final class OrderWords {
  /** Where an event's kind places it. */
  enum Kind {
    BEGIN, NONE, END
  }

  /** Each pack's words, compiled once (asked for each document's chronology). */
  private static final java.util.Map<Language, OrderWords> OF =
      LangWords.perLanguage(OrderWords::new);

  private final Pattern begin;
  private final Pattern end;
  private final Pattern repeat;
  private final Pattern sequel;
  private final Pattern notSequel;

  private OrderWords(Language lang) {
    String prefixes = lang.pack().prefixes();
    // A Hebrew word may carry one or two one-letter prefixes ("ובהקמת").
    String pre = prefixes.isEmpty() ? "" : "[" + Pattern.quote(prefixes) + "]{0,2}";
    begin = words(lang.pack().words("begin-event-words"), pre);
    end = words(lang.pack().words("end-event-words"), pre);
    List<String> alts = new ArrayList<>();
    Pattern rw = words(lang.pack().words("repeat-event-words"), pre);
    if (rw != null) {
      alts.add(rw.pattern());
    }
    for (String p : lang.pack().words("repeat-prefixes")) {
      alts.add("(?<![\\p{L}\\p{M}])" + Pattern.quote(p) + "(?=\\p{L})");
    }
    repeat = alts.isEmpty() ? null : Pattern.compile("(?iu)(?:" + String.join("|", alts) + ")");
    sequel = words(lang.pack().words("sequel-event-words"), pre);
    notSequel = words(lang.pack().words("sequel-event-not"), pre);
  }

  /** The order words of {@code lang}. */
  static OrderWords of(Language lang) {
    return OF.get(lang);
  }

  /**
   * The kind of the event a clause tells: END when it holds an end or repetition word, BEGIN a
   * beginning word; NONE when it holds neither, or both a beginning and an end (a clause telling
   * two events, "founded in 1918 and dissolved in 1940", does not say which one its date is).
   * A repetition decides alone: "re-established" is no founding.
   */
  Kind kind(String clause) {
    if (repeat != null && repeat.matcher(clause).find()) {
      return Kind.END;
    }
    boolean b = begin != null && begin.matcher(clause).find();
    boolean e = end != null && end.matcher(clause).find();
    return b == e ? Kind.NONE : b ? Kind.BEGIN : Kind.END;
  }

  /**
   * True when the wording of two events tells which came first and that is the true order:
   * {@code earlier} is a beginning and {@code later} an end or repetition.
   */
  boolean tellsOrder(String earlier, String later) {
    return kind(earlier) == Kind.BEGIN && kind(later) == Kind.END
        || sequel(later) && !sequel(earlier);
  }

  /**
   * Whether a clause says its event follows another one told before ("again", "once more",
   * "also": pack {@code sequel-event-words}): beside a clause that does not, it reads as the
   * later of the two.
   */
  boolean sequel(String clause) {
    // A phrase that holds a sequel word in another sense is blanked out first, so a sequel word
    // elsewhere in the clause still counts.
    String rest = notSequel == null ? clause : notSequel.matcher(clause).replaceAll(" ");
    return sequel != null && sequel.matcher(rest).find();
  }

  private static Pattern words(Set<String> entries, String pre) {
    return org.factdrill.lang.WordPatterns.wholeWords(entries, pre);
  }
}
