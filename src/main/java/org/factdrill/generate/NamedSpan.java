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
    if (f.sentence() == null) {
      return true;
    }
    if (!Periods.exact(text, f)) {
      return spanOfANamedThing(doc, f);
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
    return words.length > 0 && words.length <= MAX_NAME_WORDS
        && namesLastingThing(doc.lang(), words, true);
  }

  /**
   * True when an unbracketed period {@code f} is the span of a thing its clause names: the words
   * before it in its clause, less the words that lead a date ("from", "of", "between the years":
   * pack {@code period-lead-words} and {@code time-prepositions}), end with a name ("the Korean
   * War of 1950–1953"), a kind noun of a name ("the Aldorian war from …"), or a verb of lasting
   * (pack {@code lasting-verbs}) whose subject is a name or a kind noun of a thing that lasts ("the
   * Tarn War raged from …", "the strike was fought by the dockers from …"). A period that opens
   * its clause is its time adverbial ("From 1990 through 1995, the board will …"), and one after
   * a common noun qualifies a generic subject ("the elections of 1990 through 1995 were …"): a
   * period of time, not the life of a thing, so "how many years did it last?" has no "it".
   */
  static boolean spanOfANamedThing(Document doc, Fact f) {
    LanguagePack pack = doc.lang().pack();
    String before = doc.text().substring(f.sentence().start(), Math.max(f.sentence().start(),
        f.start()));
    int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf(':'), Math.max(before.lastIndexOf('–'), before.lastIndexOf('—'))));
    String clause = before.substring(cut + 1).strip();
    List<String> words = new ArrayList<>(List.of(clause.isEmpty() ? new String[0]
        : clause.split("\\s+")));
    java.util.Set<String> lead = new java.util.HashSet<>(pack.words("period-lead-words"));
    lead.addAll(pack.words("time-prepositions"));
    while (!words.isEmpty() && lead.contains(norm(pack, words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return false; // the period opens its clause: when, not what
    }
    String last = words.get(words.size() - 1);
    if (nameWord(last) && !(words.size() == 1 && cut < 0)
        || namesLastingThing(doc.lang(), words.toArray(new String[0]), false)) {
      return true;
    }
    // A verb of lasting before the period: its subject (a name, or a kind noun of a thing that
    // lasts: "the dock strike was fought by the port workers from …") is what lasted.
    for (int v = words.size(); v > 0; v--) {
      int verb = lastingVerb(pack, words.subList(0, v));
      if (verb <= 0) {
        continue;
      }
      for (int i = cut < 0 ? 1 : 0; i < verb; i++) {
        if (nameWord(words.get(i))) {
          return true; // "the Tarn War raged from": a named subject lasted
        }
      }
      java.util.Set<String> kinds = pack.words("spanned-nouns");
      for (int i = 0; i < verb; i++) {
        if (kinds.contains(norm(pack, words.get(i)))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * The name of the thing whose span period {@code f} is, for the question's instruction ("How
   * many years did the Korean War last?"): the words before its round bracket in its clause
   * ("The American Civil War (1861–1865)"), or the run of capitalised words that ends its clause
   * before it, less the words that lead a date ("the Korean War of 1950–1953"), with an article
   * before the run lower-cased. Null when no such name is written (a kind noun, a verb of
   * lasting, a script without capitals): the instruction then says "it".
   */
  static String thing(Document doc, Fact f) {
    if (f.sentence() == null) {
      return null;
    }
    LanguagePack pack = doc.lang().pack();
    String text = doc.text();
    int from = f.sentence().start();
    boolean bracketed = Periods.exact(text, f);
    int end = bracketed ? text.lastIndexOf('(', f.start()) : f.start();
    if (end <= from) {
      return null;
    }
    String before = text.substring(from, end);
    int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf(':'), Math.max(before.lastIndexOf('–'), before.lastIndexOf('—'))));
    List<String> words = new ArrayList<>(List.of(before.substring(cut + 1).strip().split("\\s+")));
    java.util.Set<String> lead = new java.util.HashSet<>(pack.words("period-lead-words"));
    lead.addAll(pack.words("time-prepositions"));
    while (!bracketed && !words.isEmpty() && lead.contains(norm(pack, words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty() || words.get(0).isEmpty() || bracketed && words.size() > MAX_NAME_WORDS) {
      return null;
    }
    int k = words.size();
    if (!bracketed) {
      while (k > 0 && cased(words.get(k - 1))) {
        k--;
      }
      if (k == words.size() || words.size() - k > MAX_NAME_WORDS) {
        return null;
      }
      if (k > 0 && pack.words("function-words").contains(norm(pack, words.get(k - 1)))) {
        k--;
      }
    } else {
      k = 0;
    }
    String name = String.join(" ", words.subList(k, words.size())).replaceAll("[\"“”(]", "")
        .strip();
    if (name.isEmpty()) {
      return null;
    }
    String first = name.split(" ", 2)[0];
    return pack.words("function-words").contains(norm(pack, first))
        ? first.toLowerCase(Locale.ROOT) + name.substring(first.length()) : name;
  }

  /** A word that opens with a capital of a script that has capitals ("War", not "war"). */
  private static boolean cased(String w) {
    for (int i = 0; i < w.length(); ) {
      int c = w.codePointAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Where a verb of lasting (one to three words) ends {@code words}, or -1. */
  private static int lastingVerb(LanguagePack pack, List<String> words) {
    java.util.Set<String> verbs = pack.words("lasting-verbs");
    String tail = "";
    for (int k = 1; k <= 3 && k <= words.size(); k++) {
      tail = (norm(pack, words.get(words.size() - k)) + " " + tail).strip();
      if (verbs.contains(tail)) {
        return words.size() - k;
      }
    }
    return -1;
  }

  private static String norm(LanguagePack pack, String w) {
    return w.replaceAll("^[\\p{Punct}“”«»]+|[\\p{Punct}“”«»]+$", "").toLowerCase(pack.locale());
  }

  /**
   * True when a kind noun of the pack is the head of the name: the name's last word, or beside a
   * word of the name itself (capitalised, or in a script without case); "Nhà thơ X" (the poet
   * X) has the noun beside a common word and names a person. Without {@code headEnough} the noun
   * needs a name word beside it ("the period from …" names nothing).
   */
  private static boolean namesLastingThing(Language lang, String[] words, boolean headEnough) {
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
        if (after == words.length && headEnough || k > 0 && nameWord(words[k - 1])
            || after < words.length && nameWord(words[after])) {
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
