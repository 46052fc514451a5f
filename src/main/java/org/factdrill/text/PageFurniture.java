package org.factdrill.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two kinds of page furniture that read like short prose by their shape alone: a site's contact
 * lines (phone numbers, an address, a tax number, an e-mail address, known by their shape and by
 * the contact labels of the language's layout words) and a table of contents (a run of short
 * numbered lines whose titles come back later as the text's own headings); and the lines about a
 * page's revisions ({@link RevisionLines}), a page's clock and calendar grid ({@link CalendarChrome}).
 */
final class PageFurniture {
  /**
   * A phone number: digit groups joined by spaces, dots or dashes, an area code in brackets or a
   * country code allowed; its digits are counted apart (nine to thirteen).
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\d.,])(?:\\+\\d{1,3}[\\s.\\-]?)?(?:\\(\\d{2,4}\\)[\\s.\\-]?)?\\d{2,11}(?:[\\s.\\-]\\d{2,5}){0,4}"
          + "(?![\\d,])");
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\d._%+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)+");
  /** A figure with thousands groups ("1.500.000", "58 000"): an amount, not a phone number. */
  private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:[.,\\s]\\d{3})+");
  /** A date inside a run of digit groups ("1906-04-18 13", "18.04.1906"): no phone number. */
  private static final Pattern DATE = Pattern.compile(
      "(?<!\\d)(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})(?!\\d)");
  /** Parts of an address or a list of phone numbers: " - " or " – " between them. */
  private static final Pattern DASHED = Pattern.compile("\\s[-–]\\s");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** A year's digits: three or four, standing alone. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)");
  /** The last token of a line and the sentence mark after it, closing quotes or brackets allowed. */
  private static final Pattern LAST_WORD = Pattern.compile(
      "(?:^|[\\s(\\[\"'“‘«])([^\\s(\\[\"'“‘«.!?]+)[.!?][\"'”’»)\\]]*$");
  /** A table of contents entry: an optional bullet, a section number "2" or "2.1", a title. */
  private static final Pattern ENTRY = Pattern.compile(
      "^(?:[-*•·▪◦]\\s*)?\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+(\\S.*)$");
  private static final int ENTRY_WORDS = 12;
  /** The most words a line of contact details holds (an address, phones, e-mail, hours). */
  private static final int CONTACT_WORDS = 40;

  private PageFurniture() {}

  /** Reclassifies contact lines and table-of-contents entries among {@code blocks}, in place. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    contacts(text, blocks, w);
    contents(text, blocks, w);
    RevisionLines.mark(text, blocks, w);
    CalendarChrome.mark(text, blocks, w);
  }

  /**
   * A contact line: it opens with a contact label, holds an e-mail address or a phone number,
   * or is three or more short parts between dashes with a figure among them (an address:
   * "12 Main St - Ward 3 - District 9"); never a long sentence. A line right after one, without a
   * blank line, that holds figures and ends no sentence goes with it (a second phone line).
   */
  private static void contacts(String text, List<Block> blocks, LayoutWords w) {
    boolean previous = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String s = b.of(text).strip();
      boolean open = !LayoutClassifier.terminal(s);
      int words = LayoutClassifier.words(s);
      // A contact line is short: a long line that ends no sentence is prose that lost its
      // line breaks, whatever phone-shaped digit runs it holds ("1958-19981 Oct.").
      boolean contact = (open && words <= CONTACT_WORDS || words <= 12) && (w.opensContact(s) || EMAIL.matcher(s).find()
          || hasPhone(s) || address(s, w));
      if (!contact && previous && open && words <= 20 && DIGIT.matcher(s).find()
          && adjacent(text, blocks.get(i - 1), b)) {
        contact = true;
      }
      if (contact && b.cls() != LineClass.REFERENCE && b.cls() != LineClass.FOOTNOTE) {
        blocks.set(i, new Block(b.span(), LineClass.CONTACT, b.origin()));
      }
      previous = contact;
    }
  }

  static boolean hasPhone(String s) {
    Matcher m = PHONE.matcher(s);
    while (m.find()) {
      long digits = m.group().chars().filter(Character::isDigit).count();
      // Dates ("24.05.2013", "2009-02-24") have eight digits; a phone number has nine or more.
      if (digits >= 9 && digits <= 13 && !GROUPED.matcher(m.group()).matches()
          && !DATE.matcher(m.group()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean address(String s, LayoutWords w) {
    String[] parts = DASHED.split(s);
    if (parts.length < 3 || !DIGIT.matcher(s).find() || endsSentence(s, w)) {
      return false;
    }
    int dated = 0;
    for (String p : parts) {
      if (LayoutClassifier.words(p) > 6) {
        return false;
      }
      dated += dated(p, w) ? 1 : 0;
    }
    // Two parts that are dates make a period ("1 May 1920 - 3 June 1925 (1920-05-01 – …)"), not
    // an address: one street may bear a date's name, an address has no two.
    return dated < 2 && !SpacedDates.in(s); // "ngày 5 - 3 - 1946": a date's dashes
  }

  /** True when {@code part} holds a date: a numeric one, or a month name beside a year's digits. */
  private static boolean dated(String part, LayoutWords w) {
    return DATE.matcher(part).find()
        || w.months().matcher(part).find() && YEAR.matcher(part).find();
  }

  /**
   * True when the line ends a sentence: a full stop, "!" or "?" after a figure ("… sank in
   * 1807.") or after a word of three letters or more that is no abbreviation of the language
   * (words.tsv {@code abbreviations}). An address is names and numbers and ends no sentence
   * ("… - Q.9", "… Main St."); clauses between spaced dashes that end so are prose.
   */
  private static boolean endsSentence(String s, LayoutWords w) {
    Matcher m = LAST_WORD.matcher(s.strip());
    if (!m.find()) {
      return false;
    }
    // A figure with a prefix or a range joined to it ("ב-1807", "ב־1807", "1806–1807").
    String word = m.group(1).replaceFirst("^.*[-\u05be–](?=\\d+$)", "");
    if (word.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return word.codePoints().allMatch(Character::isLetter) && word.codePointCount(0, word.length()) >= 3
        && !w.language().pack().words("abbreviations").contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Three or more numbered short lines in a row, no sentence among them, at least two of whose
   * titles (and half of them) stand again later in the text as lines of their own: a table of
   * contents, not a numbered list of events. So are two or more such lines right under a
   * contents heading ("Contents", "Mục lục": the language's layout words), and that heading.
   */
  private static void contents(String text, List<Block> blocks, LayoutWords w) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && entryTitle(blocks.get(j).of(text)) != null) {
        j++;
      }
      boolean named = i > 0 && j - i >= 2 && w.isContentsSection(blocks.get(i - 1).of(text));
      if (named) {
        Block h = blocks.get(i - 1);
        blocks.set(i - 1, new Block(h.span(), LineClass.CONTENTS, h.origin()));
      }
      if (j - i >= 3 || named) {
        Set<String> later = new HashSet<>();
        for (int k = j; k < blocks.size(); k++) {
          later.add(LayoutWords.norm(LayoutClassifier.cleanHeading(blocks.get(k).of(text), w)));
        }
        int recur = 0;
        for (int k = i; k < j; k++) {
          recur += later.contains(LayoutWords.norm(entryTitle(blocks.get(k).of(text)))) ? 1 : 0;
        }
        if (named || recur >= 2 && recur * 2 >= j - i) {
          for (int k = i; k < j; k++) {
            Block b = blocks.get(k);
            blocks.set(k, new Block(b.span(), LineClass.CONTENTS, b.origin()));
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /** The title of a table-of-contents-shaped line ("2.1 Causes"), or null. */
  private static String entryTitle(String line) {
    String s = line.strip();
    Matcher m = ENTRY.matcher(s);
    if (!m.matches() || LayoutClassifier.terminal(s)
        || LayoutClassifier.words(m.group(1)) > ENTRY_WORDS) {
      return null;
    }
    return m.group(1);
  }

  private static boolean adjacent(String text, Block a, Block b) {
    return text.substring(a.span().end(), b.span().start()).chars().filter(c -> c == '\n')
        .count() <= 1;
  }
}
