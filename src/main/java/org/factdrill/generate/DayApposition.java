package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.generate.YearInserts.Insert;
import org.factdrill.text.Language;

/**
 * A phrase counting a day from another (the pack's day referents: "the next day", "đêm hôm
 * trước", "למחרת") set off by a comma or dash right before a date that writes a day ("The day
 * before, 19 March, …", "Đêm hôm trước, ngày 19 tháng 3, …") is that date's apposition: the date
 * says the day, and the phrase only points to a day the prompt need not show. The phrase is left
 * out of the prompt with its comma ("19 March (1931), …", "… từ 19 tháng 3."): a student reads
 * no relative time. A phrase the date follows with no comma is its object ("the day before 6
 * May") and stays.
 */
final class DayApposition {
  /** The most words (the pack's date lead words: "on", "ngày") between the comma and the date. */
  private static final int LEADS = 2;

  private DayApposition() {}

  /**
   * {@code kept} and, for each such phrase in text[from, to), an insert that leaves it out with
   * the comma or dash after it.
   */
  static List<Insert> dropped(Language lang, String text, List<Fact> facts, int from, int to,
      List<Insert> kept) {
    List<Insert> out = new ArrayList<>(kept);
    for (int[] p : Referents.of(lang).counted(text, from, to, Referents.Counted.DAY)) {
      int resume = appositionEnd(lang, text, p[1], to, facts);
      if (resume > 0) {
        out.add(new Insert(p[0], "", resume));
      }
    }
    return out;
  }

  /**
   * Where the text after a day phrase ending at {@code end} goes on when a comma or dash, then at
   * most {@link #LEADS} lead words, then a date of {@code facts} writing a day follow it; -1
   * when they do not.
   */
  static int appositionEnd(Language lang, String text, int end, int to, List<Fact> facts) {
    int i = end;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= to || ",–—".indexOf(text.charAt(i)) < 0) {
      return -1;
    }
    i++;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    for (Fact g : facts) {
      if (g.start() >= i && g.end() <= to && dayDate(g) && leadsOnly(lang, text.substring(i,
          g.start()))) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code between} holds only a few of the pack's date lead words. */
  static boolean leadsOnly(Language lang, String between) {
    Set<String> leads = YearlessInPrompt.leadWords(lang);
    int n = 0;
    for (String w : between.strip().split("\\s+")) {
      if (!w.isEmpty() && (++n > LEADS || !leads.contains(w.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  /** A date that writes a day and month ("19 March", "19/3/1931"). */
  static boolean dayDate(Fact f) {
    return f.value() instanceof Value.Date d && DAY.matcher(d.iso()).matches();
  }

  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("(?:-?\\d{4}|-)-\\d\\d-\\d\\d.*");
}
