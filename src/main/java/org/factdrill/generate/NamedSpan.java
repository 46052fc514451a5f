package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.extract.Fact;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/**
 * A period in round brackets right after a name ("the Varkos Rebellion (1861–1865)", "Nhà Lý
 * (1009–1225)", "Trần Văn Kha (1871–1935)") is the span of that name: a life, a reign, a
 * dynasty, an event. It is never the length of the clause's predicate ("X (1871–1935) led the
 * rising": the rising did not last 64 years). A duration question may ask it only when the name
 * is of a thing that lasts (an event, a dynasty, an office: pack list {@code spanned-nouns}) and
 * the name opens its clause, so the prompt's "it" is that thing; a person's life never.
 */
final class NamedSpan {
  /** A name longer than this many words before the bracket is no name but a clause. */
  private static final int MAX_NAME_WORDS = 8;

  private NamedSpan() {}

  /**
   * True when a duration question may ask period {@code f}: it is not in round brackets, or the
   * words before its bracket, opening their clause, name a thing that lasts.
   */
  static boolean durationAskable(Document doc, Fact f) {
    String text = doc.text();
    if (f.sentence() == null || !Periods.exact(text, f)) {
      return true;
    }
    int open = text.lastIndexOf('(', f.start());
    int from = f.sentence().start();
    if (open <= from) {
      return false; // nothing is named before the bracket: whose span it is, no one can tell
    }
    String before = text.substring(from, open);
    // The clause the bracket stands in: after its last comma, semicolon, colon or dash.
    int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf(':'), Math.max(before.lastIndexOf('–'), before.lastIndexOf('—'))));
    String name = before.substring(cut + 1).strip();
    String[] words = name.isEmpty() ? new String[0] : name.split("\\s+");
    return words.length > 0 && words.length <= MAX_NAME_WORDS && namesLastingThing(doc.lang(), words);
  }

  /**
   * True when a kind noun of the pack is the head of the name: the name's last word, or beside a
   * word of the name itself (capitalised, or in a script without case); "Nhà thơ X" (the poet
   * X) has the noun beside a common word and names a person.
   */
  private static boolean namesLastingThing(Language lang, String[] words) {
    LanguagePack pack = lang.pack();
    Locale locale = pack.locale();
    String prefixes = pack.prefixes();
    String[] norm = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      norm[i] = words[i].replaceAll("^[\\p{Punct}“”«»]+|[\\p{Punct}“”«»]+$", "").toLowerCase(locale);
    }
    List<String[]> timesOf = nouns(lang, "time-of-nouns");
    for (String[] noun : nouns(lang, "spanned-nouns")) {
      for (int k = 0; k + noun.length <= words.length; k++) {
        if (!matches(norm, k, noun, prefixes)) {
          continue;
        }
        int after = k + noun.length;
        if (contains(timesOf, noun) && PersonName.at(pack, words, norm, after)) {
          continue; // "thời Lê Văn Khải (1385–1433)": the person's time, the bracket a life
        }
        if (after == words.length || k > 0 && nameWord(words[k - 1])
            || nameWord(words[after])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String[] norm, int k, String[] noun, String prefixes) {
    for (int j = 0; j < noun.length; j++) {
      String w = norm[k + j];
      boolean same = w.equals(noun[j]);
      // A one- or two-letter prefix glued to the first word ("המרד", "ומלחמת").
      for (int p = 1; !same && j == 0 && p <= 2 && p < w.length(); p++) {
        same = prefixes.indexOf(w.charAt(p - 1)) >= 0 && w.substring(p).equals(noun[j]);
        if (prefixes.indexOf(w.charAt(p - 1)) < 0) {
          break;
        }
      }
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** A word that is part of a name: capitalised, or of a script without case. */
  static boolean nameWord(String w) {
    for (int i = 0; i < w.length(); ) {
      int c = w.codePointAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c)
            || !Character.isLowerCase(c) && Character.toUpperCase(c) == Character.toLowerCase(c);
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean contains(List<String[]> nouns, String[] noun) {
    for (String[] n : nouns) {
      if (java.util.Arrays.equals(n, noun)) {
        return true;
      }
    }
    return false;
  }

  /** The pack's nouns of {@code list}, split into words (read only for bracketed periods: few). */
  private static List<String[]> nouns(Language lang, String list) {
    List<String[]> out = new ArrayList<>();
    for (String w : lang.pack().words(list)) {
      out.add(w.toLowerCase(lang.pack().locale()).split("\\s+"));
    }
    return out;
  }
}
