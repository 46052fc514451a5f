package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title set as one heading broken over several lines, as a legal text writes its heading (the
 * document's kind, a line naming the issuing state, its number and date, each on a line of its
 * own with no blank line between): the chosen title line is one piece of it, and the whole run is
 * the title. In a script with capitals the pieces are lines wholly in capitals (a mixed-case title
 * over a capitals line is a title and a label, two things); in a script without capitals they
 * are short heading lines. A title wholly in capitals is shown in sentence case, each word as the
 * prose writes it ("VIỆT NAM" stays a name where the prose writes "Việt Nam").
 */
final class HeadingRuns {
  /** A piece of a broken title has at most this many words. */
  private static final int MAX_WORDS = 14;
  /** A title is broken over at most this many lines. */
  private static final int MAX_LINES = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*");

  private HeadingRuns() {}

  /** {@code found} joined with the lines of its heading run, in sentence case when shouted. */
  static Titles.Found joined(String text, List<Block> blocks, Titles.Found found,
      LayoutWords w) {
    if (found == null || found.span() == null) {
      return found;
    }
    int at = -1;
    for (int i = 0; i < blocks.size() && at < 0; i++) {
      Span s = blocks.get(i).span();
      at = s.start() <= found.span().start() && found.span().start() < s.end() ? i : -1;
    }
    int from = at;
    int to = at;
    // (A line said twice in a row is a title and its picture's caption: no broken title.)
    boolean joins = at >= 0 && piece(text, blocks.get(at), w, true)
        && !Titles.saidTwice(text, blocks, at);
    while (joins && from > 0 && to - from + 1 < MAX_LINES && adjacent(text, blocks.get(from - 1),
        blocks.get(from)) && piece(text, blocks.get(from - 1), w, false)) {
      from--;
    }
    while (joins && to + 1 < blocks.size() && to - from + 1 < MAX_LINES
        && adjacent(text, blocks.get(to), blocks.get(to + 1))
        && piece(text, blocks.get(to + 1), w, false)) {
      to++;
    }
    String t = found.text();
    Span span = found.span();
    if (to > from) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i <= to; i++) {
        b.append(b.length() > 0 ? " " : "").append(i == at ? found.text()
            : LayoutClassifier.cleanHeading(blocks.get(i).of(text), w).strip());
      }
      t = b.toString().replaceAll("\\s+", " ");
      span = new Span(blocks.get(from).span().start(), blocks.get(to).span().end());
    }
    if (shouted(t)) {
      t = sentenceCase(t, text, blocks);
    }
    return t.equals(found.text()) ? found : new Titles.Found(t, span);
  }

  /**
   * True when the block may be a piece of a broken title: one short heading line with no sentence
   * mark at its end, wholly in capitals where the script has them; never a
   * byline or date line, a numbered section ("1. …") or a line of the page's chrome.
   */
  private static boolean piece(String text, Block b, LayoutWords w, boolean chosen) {
    String line = b.of(text).strip();
    int words = LayoutClassifier.words(line);
    if (line.indexOf('\n') >= 0 || words == 0 || words > MAX_WORDS
        || line.matches("(?s).*[.!?;:,]$") && !chosen || b.cls() == LineClass.BYLINE
        || w.opensByline(line)
        || w.opensPublished(line) || ChromeLines.isChrome(line, w)
        || line.matches("^\\s*\\(?\\d{1,3}\\s*[.)].*")) {
      return false;
    }
    // (A stack of short lines read as a menu, a site's name over an author over a work, is
    // links: separate lines, never one title. Three capitals lines, the last with its number and
    // date, pass for a box's rows by their figures: a row has its label's colon or tab.)
    if (line.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c))) {
      return shouted(line) && (b.cls() == LineClass.HEADING
          || b.cls() == LineClass.INFOBOX && line.indexOf(':') < 0 && line.indexOf('\t') < 0);
    }
    return b.cls() == LineClass.HEADING;
  }

  /** True when only white space and a single line break stand between the two blocks. */
  private static boolean adjacent(String text, Block a, Block b) {
    String gap = text.substring(a.span().end(), b.span().start());
    return gap.isBlank() && gap.chars().filter(c -> c == '\n').count() <= 1;
  }

  /** True when every cased letter is a capital, and two or more are. */
  static boolean shouted(String s) {
    return CapsLine.capitals(s) >= 2;
  }

  /**
   * The shouted title in sentence case: each word as the prose writes it inside a sentence (a
   * name capitalised, an acronym in capitals), else in small letters; its first letter a capital.
   */
  static String sentenceCase(String title, String text, List<Block> blocks) {
    Map<String, String> forms = proseForms(title, text, blocks);
    Map<String, String> pairs = pairForms(title, text, blocks);
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(title);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    String[] shown = new String[spans.size()];
    for (int i = 0; i < shown.length; i++) {
      String key = title.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(Locale.ROOT);
      shown[i] = forms.getOrDefault(key, key);
    }
    // A name of several words keeps the form the prose gives the whole run ("Hoa Kỳ"), though one
    // of its words alone is a common word the prose mostly writes in small letters ("kỳ").
    for (int i = 0; i + 1 < shown.length; i++) {
      String pair = pairs.get(pairKey(title, spans.get(i), spans.get(i + 1)));
      if (pair != null) {
        int cut = pair.indexOf(' ');
        shown[i] = pair.substring(0, cut);
        shown[i + 1] = pair.substring(cut + 1);
      }
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int i = 0; i < shown.length; i++) {
      out.append(title, last, spans.get(i)[0]).append(shown[i]);
      last = spans.get(i)[1];
    }
    out.append(title.substring(last));
    for (int i = 0; i < out.length(); ) {
      int cp = out.codePointAt(i);
      if (Character.isLetter(cp)) {
        out.replace(i, i + Character.charCount(cp),
            new String(Character.toChars(Character.toTitleCase(cp))));
        break;
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * How the prose writes the title's words inside a sentence: a word it writes capitalised after
   * a sentence's first word more often than in small letters is a name (its form kept: "City" of
   * "the Free City of X" beside one "the city"); the others are absent (small letters).
   */
  private static Map<String, String> proseForms(String title, String text, List<Block> blocks) {
    Map<String, String> wanted = new HashMap<>();
    Matcher tm = WORD.matcher(title);
    while (tm.find()) {
      wanted.put(tm.group().toLowerCase(Locale.ROOT), null);
    }
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> votes = new HashMap<>(); // capitalised inside a sentence minus small
    for (Block b : blocks) {
      if (b.cls() != LineClass.PROSE) {
        continue;
      }
      String s = b.of(text);
      List<String> words = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        words.add(m.group());
        starts.add(m.start());
      }
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        String key = word.toLowerCase(Locale.ROOT);
        if (!wanted.containsKey(key) || shoutedRun(words, i)) {
          continue; // a run of words in capitals (a signature, a heading in the prose) is no name's form
        }
        if (word.equals(key)) {
          votes.merge(key, -1, Integer::sum);
        } else if (!sentenceStart(s, starts.get(i))) {
          names.putIfAbsent(key, word);
          votes.merge(key, 1, Integer::sum);
        }
      }
    }
    Map<String, String> forms = new HashMap<>();
    names.forEach((k, v) -> {
      if (votes.getOrDefault(k, 0) > 0) {
        forms.put(k, v);
      }
    });
    return forms;
  }

  /** True when word {@code i} is in capitals beside another word in capitals (an acronym stands alone). */
  private static boolean shoutedRun(List<String> words, int i) {
    return shouted(words.get(i)) && (i > 0 && shouted(words.get(i - 1))
        || i + 1 < words.size() && shouted(words.get(i + 1)));
  }

  /** Two words of {@code s} next to each other (one space between), in small letters; else null. */
  private static String pairKey(String s, int[] a, int[] b) {
    if (b[0] != a[1] + 1 || s.charAt(a[1]) != ' ') {
      return null;
    }
    return s.substring(a[0], b[1]).toLowerCase(Locale.ROOT);
  }

  /**
   * Pairs of the title's words that the prose writes side by side, both capitalised inside a
   * sentence and not both in capitals (a name's run), more often than wholly in small letters.
   */
  private static Map<String, String> pairForms(String title, String text, List<Block> blocks) {
    Map<String, String> wanted = new HashMap<>();
    List<int[]> ts = new ArrayList<>();
    Matcher tm = WORD.matcher(title);
    while (tm.find()) {
      ts.add(new int[] {tm.start(), tm.end()});
    }
    for (int i = 0; i + 1 < ts.size(); i++) {
      String k = pairKey(title, ts.get(i), ts.get(i + 1));
      if (k != null) {
        wanted.put(k, null);
      }
    }
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> votes = new HashMap<>();
    if (wanted.isEmpty()) {
      return names;
    }
    for (Block b : blocks) {
      if (b.cls() != LineClass.PROSE) {
        continue;
      }
      String s = b.of(text);
      Matcher m = WORD.matcher(s);
      int[] prev = null;
      while (m.find()) {
        int[] cur = {m.start(), m.end()};
        String k = prev == null ? null : pairKey(s, prev, cur);
        if (k != null && wanted.containsKey(k)) {
          String pair = s.substring(prev[0], cur[1]);
          if (pair.equals(k)) {
            votes.merge(k, -1, Integer::sum);
          } else if (Character.isUpperCase(s.codePointAt(prev[0]))
              && Character.isUpperCase(s.codePointAt(cur[0])) && !sentenceStart(s, prev[0])
              && !(shouted(s.substring(prev[0], prev[1])) && shouted(s.substring(cur[0], cur[1])))) {
            names.putIfAbsent(k, pair);
            votes.merge(k, 1, Integer::sum);
          }
        }
        prev = cur;
      }
    }
    names.keySet().removeIf(k -> votes.getOrDefault(k, 0) <= 0);
    return names;
  }

  /** True when the word at {@code at} opens its line or follows a sentence's end mark. */
  private static boolean sentenceStart(String s, int at) {
    int i = at - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || "\"“‘'([«„".indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:…\n".indexOf(s.charAt(i)) >= 0;
  }
}
