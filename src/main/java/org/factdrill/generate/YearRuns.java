package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/**
 * A life or a family told as a run of short clauses, one year each ("In 1890 he moved to the
 * town. In 1895 his son was born. In 1901 they left for America."), is a list of years and places
 * written as sentences: each clause has too little to stand on its own and little worth asking.
 * Three such clauses in a row within one paragraph (split at full stops, semicolons and commas)
 * make one; a clause in it is not asked. Found by shape, in every language.
 */
final class YearRuns {
  /** A clause of a run is this short. */
  private static final int MAX_WORDS = 7;
  /** How many such clauses in a row make a run. */
  private static final int RUN = 3;
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])[12]\\d{3}(?![\\d]|[.,/]\\d)");
  private static final Pattern CUT = Pattern.compile("[.;,](?=\\s)|\\n");

  private YearRuns() {}

  /** True when the fact at {@code at} stands in such a run of its paragraph. */
  static boolean inRun(Document doc, Span sentence, int at) {
    Span para = doc.layout() == null ? sentence
        : doc.layout().blockAt(sentence.start()).map(b -> b.span()).orElse(sentence);
    String text = doc.text();
    List<int[]> clauses = new ArrayList<>();
    Matcher m = CUT.matcher(text).region(para.start(), para.end());
    int from = para.start();
    while (m.find()) {
      clauses.add(new int[] {from, m.end()});
      from = m.end();
    }
    if (from < para.end()) {
      clauses.add(new int[] {from, para.end()});
    }
    int here = -1;
    boolean[] short1 = new boolean[clauses.size()];
    for (int i = 0; i < clauses.size(); i++) {
      String c = text.substring(clauses.get(i)[0], clauses.get(i)[1]).strip();
      Matcher y = YEAR.matcher(c);
      int years = 0;
      while (y.find()) {
        years++;
      }
      short1[i] = years == 1 && words(c) <= MAX_WORDS;
      if (at >= clauses.get(i)[0] && at < clauses.get(i)[1]) {
        here = i;
      }
    }
    if (here < 0 || !short1[here]) {
      return false;
    }
    int lo = here;
    int hi = here;
    while (lo > 0 && short1[lo - 1]) {
      lo--;
    }
    while (hi + 1 < clauses.size() && short1[hi + 1]) {
      hi++;
    }
    return hi - lo + 1 >= RUN;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
