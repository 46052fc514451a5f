package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A date inside a recital: the phrase of a legal or official text that cites the instruments it
 * rests on ("Pursuant to the decree of 5 March 1946, …", "Căn cứ Sắc lệnh ngày 1 tháng 2 năm
 * 1946;", "בהתאם להחלטה מיום 5 במרץ 1950, …"). Such a date is the date of a document the text
 * merely cites, not of what the text enacts or tells, so it is not asked; the text's own dates
 * after the recital are. A recital opens its clause (a line, a sentence, or after ";" or ", ")
 * with a pack phrase ({@code recitals.txt}: case-insensitive regular expressions) and runs to the
 * comma, semicolon or colon that closes it (a comma before "and" or another recital goes on); a
 * line of recitals (one that opens with the phrase and ends with ";", "," or ":") is all recital.
 * An opening phrase that nothing closes on its line is the clause itself, and cites nothing.
 */
final class Recitals {
  /** Each pack's recital phrases, read once; a language without them has no entry. */
  private static final Map<Language, Words> WORDS = LangWords.perLanguage(Recitals::load);

  private record Words(Pattern opener, Pattern goesOn) {}

  private Recitals() {}

  /** True when date fact {@code f} of {@code text} stands inside a recital. */
  static boolean cites(Language lang, String text, Fact f) {
    Span s = f.sentence();
    if (f.kind() != FactKind.DATE || s == null || s.end() > text.length()) {
      return false;
    }
    Words w = WORDS.get(lang);
    if (w == null) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', f.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', f.end());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int from = Math.max(lineStart, Math.max(s.start(), text.lastIndexOf(';', f.start() - 1) + 1));
    String clause = text.substring(from, f.start());
    Matcher m = w.opener().matcher(clause);
    int open = -1;
    int openEnd = -1;
    while (m.find()) { // the last recital phrase opening the clause or after ", "
      String lead = clause.substring(0, m.start());
      if (lead.isBlank() || lead.replaceFirst("\\s+$", "").endsWith(",") || issuer(lead)) {
        open = m.start();
        openEnd = m.end();
      }
    }
    if (open < 0) {
      return false;
    }
    String line = text.substring(lineStart, lineEnd).strip();
    String lead = clause.substring(0, open);
    if ((lead.isBlank() || issuer(lead)) && from == lineStart && !line.isEmpty()
        && ";,:".indexOf(line.charAt(line.length() - 1)) >= 0) {
      return true; // a line of recitals: "Căn cứ Hiến pháp năm 1946, Luật … ngày …;"
    }
    if (closes(w, clause.substring(openEnd))) {
      return false; // the recital closed before the date: the date is the clause's own
    }
    int end = Math.min(s.end(), lineEnd);
    return closes(w, text.substring(f.end(), end)); // an unclosed phrase is the clause itself
  }

  /**
   * Whether {@code lead} is an issuer's title in capitals ("THE GOVERNOR OF THE PROVINCE", "CHỦ
   * TỊCH CHÍNH PHỦ"): printed above the recitals and run into them when the page is copied, it
   * does not stop a recital from opening its clause. Only scripts with case have such a line.
   */
  private static boolean issuer(String lead) {
    int upper = 0;
    for (int i = 0; i < lead.length(); i++) {
      char c = lead.charAt(i);
      if (Character.isLowerCase(c) || Character.isDigit(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 4 && lead.strip().indexOf(' ') > 0;
  }

  /** Whether {@code part} holds a ";", ":" or a comma that is not followed by more recital. */
  private static boolean closes(Words w, String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == ';' || c == ':') {
        return true;
      }
      if (c == ',' && !w.goesOn().matcher(part.substring(i + 1)).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static Words load(Language lang) {
    List<String> openers = new ArrayList<>();
    List<String> more = new ArrayList<>();
    for (String line : LangWords.lines(lang, "recitals")) {
      (line.startsWith("+") ? more : openers).add(line.startsWith("+") ? line.substring(1).strip()
          : line);
    }
    if (openers.isEmpty()) {
      return null;
    }
    String any = "(?:" + String.join("|", openers) + ")";
    more.add(any);
    return new Words(Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + any),
        Pattern.compile("(?iu)\\s*(?:" + String.join("|", more) + ")"));
  }
}
