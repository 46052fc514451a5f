package org.factdrill.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Where a long sentence's main clause ends before a phrase that only adds to a noun: a reduced
 * relative (a past participle after the noun phrase, then the agent preposition and a name:
 * "… through the Harbour Trust founded by Mara Quell …") or a with-phrase that opens a quotation
 * ("… with the charter “to keep …”"). A cut there keeps the clause's subject, verb and date; the
 * kept part must hold a verb of its own (a copula or a participle) before the cut. Pack lists:
 * {@code agent-prepositions}, {@code quote-prepositions}, {@code participle-endings},
 * {@code clause-verb-maybe-shapes} (irregular participles), {@code auxiliaries} and
 * {@code participle-adverbs} (a participle after one of these is the clause's own verb).
 */
final class PhraseCut {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
  /** A with-phrase reaches its opening quotation mark within this many words. */
  private static final int QUOTE_REACH = 4;
  private static final String OPEN_QUOTES = "\"“‘«";

  private final Set<String> agents;
  private final Set<String> quoteWith;
  private final Set<String> endings;
  private final Set<String> irregular;
  private final Set<String> notNouns;
  private final Set<String> verbs;

  private PhraseCut(Language lang) {
    agents = lang.pack().words("agent-prepositions");
    quoteWith = lang.pack().words("quote-prepositions");
    endings = lang.pack().words("participle-endings");
    irregular = lang.pack().words("clause-verb-maybe-shapes");
    Set<String> nn = new HashSet<>(lang.pack().words("auxiliaries"));
    nn.addAll(lang.pack().words("function-words"));
    nn.addAll(lang.pack().words("copulas"));
    nn.addAll(lang.pack().words("participle-adverbs"));
    notNouns = Set.copyOf(nn);
    Set<String> v = new HashSet<>(lang.pack().words("copulas"));
    v.addAll(lang.pack().words("auxiliaries"));
    verbs = Set.copyOf(v);
  }

  private static final java.util.Map<Language, PhraseCut> CUTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static PhraseCut of(Language lang) {
    return CUTS.computeIfAbsent(lang, PhraseCut::new);
  }

  /**
   * The last cut of {@code s} (cleaned, one hole at {@code hole}) after the hole and within
   * {@code whole} characters, before a reduced relative or a quoting with-phrase; -1 if none.
   */
  int cut(String s, int hole, int whole) {
    if (agents.isEmpty() && quoteWith.isEmpty()) {
      return -1;
    }
    int best = -1;
    Matcher m = WORD.matcher(s);
    String prev = null;
    int prevEnd = -1;
    while (m.find() && m.start() <= whole) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (m.start() > hole && prev != null && s.substring(prevEnd, m.start()).equals(" ")
          && (reducedRelative(s, m, w, prev) || quoting(s, m.end(), w))
          && holdsVerb(s.substring(0, m.start()), prev)) {
        best = m.start();
      }
      prev = m.group().toLowerCase(Locale.ROOT);
      prevEnd = m.end();
    }
    return best;
  }

  /** "… the trust founded by Quell": a participle after a noun, the agent word, a name. */
  private boolean reducedRelative(String s, Matcher m, String w, String prev) {
    if (!Character.isLowerCase(m.group().codePointAt(0)) || !participle(w)
        || notNouns.contains(prev) || prev.endsWith("ly")) {
      return false;
    }
    Matcher a = WORD.matcher(s).region(m.end(), s.length());
    if (!a.find() || !s.substring(m.end(), a.start()).equals(" ")
        || !agents.contains(a.group().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Matcher n = WORD.matcher(s).region(a.end(), s.length());
    return n.find() && Character.isUpperCase(n.group().codePointAt(0));
  }

  /** "with the charter “to keep …”": the with-word, a few words, an opening quotation mark. */
  private boolean quoting(String s, int after, String w) {
    if (!quoteWith.contains(w)) {
      return false;
    }
    int words = 0;
    for (int i = after; i < s.length() && words <= QUOTE_REACH; i++) {
      char c = s.charAt(i);
      if (OPEN_QUOTES.indexOf(c) >= 0 && (i == 0 || s.charAt(i - 1) == ' ')) {
        return words > 0 || i > after;
      }
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false; // a comma or stop: the phrase ends before any quotation
      }
    }
    return false;
  }

  /** The kept part holds a verb (a copula, an auxiliary or a participle) before its last word. */
  private boolean holdsVerb(String kept, String last) {
    Matcher m = WORD.matcher(kept);
    boolean first = true;
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!first && (verbs.contains(w) || participle(w))) {
        return true;
      }
      first = false;
    }
    return false;
  }

  private boolean participle(String w) {
    if (irregular.contains(w)) {
      return true;
    }
    for (String e : endings) {
      if (w.length() > e.length() + 2 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
