package org.factdrill.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pack's whole words (as {@link org.factdrill.lang.WordPatterns#wholeWords} matches them)
 * one match after another, as {@code find()} on that pattern would, but tries the pattern only
 * where a word could start: a word of the list can match only where its first letter (or one of
 * the prefix letters written onto it) stands. Why: the list is an alternation of 180–420 words
 * opened by a look-behind, and {@code find()} compared every one of them at every position after
 * a non-letter (every digit, space and bar of a table row). Here only the words whose first letter
 * is there are tried, in the list's order, so each match (its start and end) is the same.
 */
final class VerbWordFinder {
  private static final String LOOK_BEHIND = "(?iu)(?<![\\p{L}\\p{M}])";
  private static final String LOOK_AHEAD = ")(?![\\p{L}\\p{M}])";

  /** The alternatives in the list's order, each with the case-folded key of its first letter. */
  private final List<String> alts;
  private final int[] firstKeys;
  /** Alternatives that may match whatever letter stands first (an empty stem, a space first). */
  private final boolean[] always;
  /** The folded first letters of the alternatives (no boxing: tested at every character). */
  private final java.util.BitSet keys = new java.util.BitSet(0x10000);
  private boolean anyFirst;
  private final String onto;
  private final String prefixKeys;
  /** Patterns by the letters (as written) at a position and the one or two after it. */
  private final Map<Long, Pattern> subsets = new ConcurrentHashMap<>();
  /** Patterns by the one letter at a position, where no prefix letter can stand before it. */
  private final Pattern[] single = new Pattern[0x10000];
  private static final Pattern NONE = Pattern.compile("(?!)");

  /** {@code prefixes}: the letters that may be written onto a word (none: empty). */
  VerbWordFinder(Collection<String> entries, String prefixes) {
    this.onto = prefixes.isEmpty() ? "" : "[" + Pattern.quote(prefixes) + "]{0,2}";
    List<String> a = new ArrayList<>();
    List<Integer> k = new ArrayList<>();
    List<Boolean> al = new ArrayList<>();
    for (String w : new TreeSet<>(entries)) {
      boolean stem = w.endsWith("*");
      String body = stem ? w.substring(0, w.length() - 1) : w;
      a.add(Pattern.quote(body).replace(" ", "\\E\\s+\\Q") + (stem ? "[\\p{L}\\p{M}]*" : ""));
      boolean any = body.isEmpty() || body.charAt(0) == ' ';
      int key = any ? -1 : fold(body.codePointAt(0));
      k.add(key);
      al.add(any);
      if (!any && key < 0x10000) {
        keys.set(key);
      } else {
        anyFirst = true;
      }
    }
    alts = List.copyOf(a);
    firstKeys = k.stream().mapToInt(Integer::intValue).toArray();
    always = new boolean[al.size()];
    boolean anyAlways = false;
    for (int i = 0; i < always.length; i++) {
      always[i] = al.get(i);
      anyAlways |= always[i];
    }
    StringBuilder pk = new StringBuilder();
    prefixes.codePoints().forEach(c -> pk.appendCodePoint(fold(c)));
    prefixKeys = pk.toString();
    anyFirst |= anyAlways;
  }

  /** As (?iu) compares a letter: the lower case of its upper case. */
  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** The list's key of a letter that (?iu) would take for a pattern letter of key {@code k}. */
  private boolean listed(int c) {
    return anyFirst || keys.get(c) || keys.get(fold(c));
  }

  private boolean prefix(int c) {
    return prefixKeys.indexOf(c) >= 0 || prefixKeys.indexOf(fold(c)) >= 0;
  }

  /**
   * The next match at or after {@code from}: {@code span[0]} its start, {@code span[1]} its end;
   * false when none (then {@code span} is unchanged).
   */
  boolean find(String s, int from, int[] span) {
    int n = s.length();
    Matcher m = null;
    for (int at = from; at < n; at++) {
      char c = s.charAt(at);
      boolean maybe = listed(c);
      boolean p1 = !prefixKeys.isEmpty() && prefix(c) && at + 1 < n;
      boolean p2 = p1 && prefix(s.charAt(at + 1)) && at + 2 < n;
      if (!maybe && !(p1 && listed(s.charAt(at + 1))) && !(p2 && listed(s.charAt(at + 2)))) {
        continue;
      }
      Pattern p = subset(c, p1 ? s.charAt(at + 1) : -2, p2 ? s.charAt(at + 2) : -2);
      if (p == NONE) {
        continue;
      }
      if (m == null) {
        m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
      } else {
        m.usePattern(p);
      }
      m.region(at, n);
      if (m.lookingAt()) {
        span[0] = at;
        span[1] = m.end();
        return true;
      }
    }
    return false;
  }

  /** The pattern of the alternatives whose first letter may be {@code a}, {@code b} or {@code c}. */
  private Pattern subset(int a, int b, int c) {
    if (b < 0 && c < 0) {
      Pattern p = single[a];
      if (p == null) {
        p = compile(want(a, b, c));
        single[a] = p; // a benign race: any thread compiles the same pattern
      }
      return p;
    }
    long key = ((long) (a & 0x3ffff) << 40) | ((long) (b & 0x3ffff) << 20) | (c & 0x3ffff);
    Pattern p = subsets.get(key);
    if (p == null) {
      p = subsets.computeIfAbsent(key, k -> compile(want(a, b, c)));
    }
    return p;
  }

  private static Map<Integer, Boolean> want(int a, int b, int c) {
    TreeMap<Integer, Boolean> want = new TreeMap<>();
    for (int x : new int[] {a, b, c}) {
      if (x >= 0) {
        want.put(x, Boolean.TRUE);
        want.put(fold(x), Boolean.TRUE);
      }
    }
    return want;
  }

  private Pattern compile(Map<Integer, Boolean> want) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < alts.size(); i++) {
      if (always[i] || want.containsKey(firstKeys[i])) {
        chosen.add(alts.get(i));
      }
    }
    if (chosen.isEmpty()) {
      return NONE;
    }
    return Pattern.compile(LOOK_BEHIND + onto + "(?:" + String.join("|", chosen) + LOOK_AHEAD);
  }
}
