package org.factdrill.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language that layout recognition needs (section names such as "References",
 * byline and "read more" words, citation words, month names), read from
 * {@code lang/<code>/layout.properties}: data, not code, so a language is added by a file.
 */
public final class LayoutWords {
  /** Runs of space in {@link #norm}, compiled once (before ALL: norm reads the packs' words). */
  private static final Pattern NORM_SPACES = Pattern.compile("[\\s\\p{Z}]+");
  /** Marks, symbols and digits at a line's ends in {@link #norm}. */
  private static final Pattern NORM_EDGES =
      Pattern.compile("^[\\p{P}\\p{S}\\s\\d.]+|[\\p{P}\\p{S}\\s]+$");
  private static final Map<Language, LayoutWords> ALL =
      LayoutProperties.each((l, p) -> new LayoutWords(l, p));

  private final Set<String> referenceSections;
  private final Set<String> linkSections;
  private final Set<String> contentsSections;
  private final Pattern byline;
  private final Pattern published;
  private final Pattern more;
  private final Pattern edited;
  private final Pattern diffLine;
  private final Pattern contact;
  private final Pattern credit;
  private final Pattern chrome;
  private final Pattern chromeStem;
  private final Pattern tagline;
  private final Pattern siteType;
  private final Pattern weekday;
  private final Pattern banner;
  private final Pattern documentKind;
  private final Pattern documentNumber;
  private final Set<String> categories;
  private final Set<String> genericSections;
  private final Pattern buttons;
  private final Pattern ui;
  private final Pattern image;
  private final Pattern imageOpening;
  private final Pattern cited;
  private final Pattern citedWeak;
  private final Pattern inlineMark;
  private final Pattern editSuffix;
  private final Pattern months;
  /** The pack's edit word opening a line, glued to the next word. */
  private final Pattern editGlued;
  private final Map<String, Integer> monthNumbers;
  private final String yearWord;
  private final Language language;

  private LayoutWords(Language language, Properties p) {
    this.language = language;
    referenceSections = set(p.getProperty("section.references", ""));
    linkSections = set(p.getProperty("section.links", ""));
    contentsSections = set(p.getProperty("section.contents", ""));
    byline = opening(p.getProperty("byline", ""));
    published = opening(p.getProperty("published", ""));
    more = opening(p.getProperty("more", ""));
    edited = opening(p.getProperty("edited", ""));
    diffLine = Pattern.compile("(?iu)^(?:" + alternation(p.getProperty("diff.line", ""), true)
        + ")\\s+\\d{1,6}\\s*:$");
    // A label, a branch number at most ("Branch 2:"), then a colon, or straight on to a phone
    // number's digits (six or more: "Hotline 0909 …", never "Branch 3 was built").
    contact = Pattern.compile("(?iu)^\\W{0,3}(?:" + alternation(p.getProperty("contact", ""), true)
        + ")(?:\\s*\\d{1,2})?\\s*(?:[:：]|(?=[\\s(+]*\\d[\\d\\s().-]{5,}))");
    chrome = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(p.getProperty("chrome", ""), true)
        + ")(?![\\p{L}])");
    // A site family's name is a stem with endings ("Wiki…"), maybe after the language's
    // one-letter prefixes.
    String prefixes = language.pack() == null ? "" : language.pack().prefixes();
    chromeStem = Pattern.compile("(?iu)(?<![\\p{L}])" + (prefixes.isEmpty() ? ""
        : "[" + Pattern.quote(prefixes) + "]{0,2}") + "(?:"
        + alternation(p.getProperty("chrome.stems", ""), true) + ")[\\p{L}\\p{M}]*");
    tagline = opening(p.getProperty("tagline", ""));
    siteType = opening(p.getProperty("site", ""));
    weekday = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + alternation(p.getProperty("weekdays", ""), true)
        + ")(?![\\p{L}\\p{M}])\\.?");
    banner = opening(p.getProperty("banner", ""));
    documentKind = opening(p.getProperty("document.kinds", ""));
    documentNumber = opening(p.getProperty("document.number", ""));
    categories = set(p.getProperty("category", ""));
    genericSections = set(p.getProperty("section.generic", ""));
    String b = alternation(p.getProperty("buttons", ""), true);
    buttons = b.isEmpty() ? null : Pattern.compile("(?iu)(?:\\s+(?:" + b + "))+\\s*$");
    // Interface phrases, each followed by spaces or a separator; a line made only of them is chrome.
    ui = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + alternation(p.getProperty("ui", ""), true)
        + ")(?![\\p{L}\\p{M}])");
    image = Pattern.compile("(?iu)^[\\s\\[(<«\"]*(?:" + alternation(p.getProperty("image", ""), true)
        + ")[\\s\\])>»\":：.]*$");
    imageOpening = Pattern.compile("(?iu)^[\\s\\[(<«\"]*(?:" + alternation(p.getProperty("image", ""), true)
        + ")(?:\\s*[:：]\\s*(?=\\S)" + (p.getProperty("image.of", "").isBlank() ? ""
        : "|\\s+(?:" + alternation(p.getProperty("image.of", ""), true) + ")\\s+(?=\\S)") + ")");
    credit = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(p.getProperty("credit", ""), true)
        + ")(?![\\p{L}])");
    cited = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + citedAlternation(p.getProperty("cited", ""))
        + ")(?![\\p{L}])");
    citedWeak = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
        + alternation(p.getProperty("cited.weak", ""), true) + ")(?![\\p{L}])");
    inlineMark = Pattern.compile("(?iu)\\[(?:\\d{1,3}|[a-z]|[\\p{L}] ?\\d{0,2}|\\p{L}[\\p{L}-]{1,20} \\d{1,3}|"
        + alternation(p.getProperty("inline", ""), false) + ")\\]");
    editGlued = Pattern.compile("^\\s*(?iu:" + alternation(p.getProperty("edit", ""), true)
        + ")(?<!\\p{Lu})(?=[\\p{Lu}\\p{Lo}\\d\\-–—•])");
    editSuffix = Pattern.compile("(?iu)\\s*\\[\\s*(?:" + alternation(p.getProperty("edit", ""), true)
        + ")(?:\\s*\\|\\s*(?:" + alternation(p.getProperty("edit", ""), true) + "))*\\s*\\]\\s*$");
    Map<String, Integer> m = new HashMap<>();
    String[] each = p.getProperty("months", "").split("\\|");
    for (int i = 0; i < each.length; i++) {
      for (String form : each[i].split("/")) {
        if (!form.isBlank()) {
          m.put(form.strip().toLowerCase(Locale.ROOT), i + 1);
        }
      }
    }
    monthNumbers = Collections.unmodifiableMap(m);
    List<String> forms = new ArrayList<>(m.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed());
    String prefix = p.getProperty("monthprefix", "");
    String body = forms.isEmpty() ? "(?!)" : String.join("|", forms.stream().map(Pattern::quote)
        .toList());
    months = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + (prefix.isEmpty() ? "" : "(?:"
        + alternation(prefix, true) + ")?") + ")(" + body + ")\\.?(?![\\p{L}])");
    yearWord = p.getProperty("yearword", "").strip();
  }

  /** The words of {@code lang}. */
  public static LayoutWords of(Language lang) {
    return ALL.get(lang);
  }


  private static Set<String> set(String alternatives) {
    Set<String> s = new HashSet<>();
    for (String a : alternatives.split("\\|")) {
      if (!a.isBlank()) {
        s.add(norm(a));
      }
    }
    return Collections.unmodifiableSet(s);
  }

  private static String alternation(String alternatives, boolean quote) {
    return alternation(alternatives, a -> quote ? Pattern.quote(a) : a);
  }

  /** The words, longest first, each written as a pattern by {@code asPattern}; "(?!)" if none. */
  private static String alternation(String alternatives,
      java.util.function.UnaryOperator<String> asPattern) {
    List<String> parts = Arrays.stream(alternatives.split("\\|")).map(String::strip)
        .filter(a -> !a.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
        .map(asPattern).toList();
    return parts.isEmpty() ? "(?!)" : String.join("|", parts);
  }

  /**
   * The citation words as an alternation; a one-letter abbreviation ("p.") is also a person's
   * initial ("H. Smith"), so it counts as a page only before a page number.
   */
  private static String citedAlternation(String alternatives) {
    return alternation(alternatives,
        a -> Pattern.quote(a) + (a.matches("\\p{L}\\.") ? "(?=\\s*\\d)" : ""));
  }

  /** Matches a line that opens with one of the words, then a space, colon or the end. */
  private static Pattern opening(String alternatives) {
    return Pattern.compile("(?iu)^\\W{0,3}(?:" + alternation(alternatives, true)
        + ")(?:[\\s:：,.\\-–—|»›>]|$)");
  }

  static String norm(String s) {
    return NORM_EDGES.matcher(NORM_SPACES.matcher(s.strip().toLowerCase(Locale.ROOT))
        .replaceAll(" ")).replaceAll("");
  }

  /** A bracketed link opening a heading: an edit link when it is one of the pack's edit words. */
  private static final Pattern EDIT_PREFIX = Pattern.compile("\\s*\\[[^\\]\\n]{1,40}\\]\\s+");

  /**
   * The heading with a Wikipedia edit link ("[edit]", "[sửa | sửa mã nguồn]") removed from its
   * end, or from its start as older skins set it.
   */
  public String withoutEdit(String heading) {
    // Older wiki skins set the edit link before the heading ("[edit] Battle of X").
    String h = editSuffix.matcher(heading).replaceFirst("");
    java.util.regex.Matcher pre = EDIT_PREFIX.matcher(h);
    return pre.lookingAt() && editSuffix.matcher(pre.group().strip()).matches()
        ? h.substring(pre.end()) : h;
  }

  /** True when {@code s} is an edit link alone ("[edit]", "[sửa | sửa mã nguồn]"). */
  public boolean isEditLink(String s) {
    java.util.regex.Matcher m = editSuffix.matcher(s);
    return m.find() && m.start() == 0;
  }

  /**
   * The end of the pack's edit word opening {@code line} glued to what follows, no space between
   * ("עריכהכבר ב-…", "EditThe army …", "edit- Row"): a mobile wiki page's edit button copied as
   * text onto its section's first line; -1 when the line opens otherwise.
   */
  public int gluedEditEnd(String line) {
    java.util.regex.Matcher m = editGlued.matcher(line);
    return m.lookingAt() ? m.end() : -1;
  }

  /** True when the line ends with an edit link, as headings copied from Wikipedia do. */
  public boolean hasEditSuffix(String line) {
    return editSuffix.matcher(line).find();
  }

  /** True for a heading after which come references or notes ("References", "Tham khảo"). */
  public boolean isReferenceSection(String heading) {
    return referenceSections.contains(norm(withoutEdit(heading)));
  }

  /** True for a heading after which come links ("See also", "Liên kết ngoài"). */
  public boolean isLinkSection(String heading) {
    return linkSections.contains(norm(withoutEdit(heading)));
  }

  /** True for the heading of a table of contents ("Contents", "Mục lục"). */
  public boolean isContentsSection(String heading) {
    return contentsSections.contains(norm(withoutEdit(heading)));
  }

  /** True when the line opens with an author or credit word ("By", "Ảnh:", "מאת"). */
  public boolean opensByline(String line) {
    return byline.matcher(line).find();
  }

  /** True when the text names a site or wiki, or a page's furniture ("Wikipedia", "Advertisement"). */
  public boolean hasChrome(String text) {
    return chrome.matcher(text).find();
  }

  /** True when the text is chrome words alone, nothing else but spaces and marks ("Advertisement"). */
  public boolean onlyChrome(String text) {
    java.util.regex.Matcher m = chrome.matcher(text);
    int at = 0;
    boolean any = false;
    while (m.find()) {
      for (int k = at; k < m.start(); k++) {
        if (Character.isLetterOrDigit(text.charAt(k))) {
          return false;
        }
      }
      any = true;
      at = m.end();
    }
    for (int k = at; k < text.length(); k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    return any;
  }

  /** True when the text holds a site family's name ("Wikiquote", "ויקיציטוט"). */
  public boolean hasChromeStem(String text) {
    return chromeStem.matcher(text).find();
  }

  /** True when the line opens as a site's tagline does ("From …", "מתוך …"). */
  public boolean opensTagline(String line) {
    return tagline.matcher(line).find();
  }

  /** True when the part opens with a kind of site ("Newspaper", "Báo", "אתר"). */
  public boolean opensSiteType(String part) {
    return siteType.matcher(part).find();
  }

  /** True when the line opens as a site's banner does ("An official website of …"). */
  public boolean opensBanner(String line) {
    return banner.matcher(line).find();
  }

  /**
   * Where the kind of document a line opens with ends ("DECREE", "NGHỊ ĐỊNH VỀ …"), after its
   * space or mark; -1 when it opens with none of the pack's document.kinds.
   */
  public int documentKindEnd(String line) {
    Matcher m = documentKind.matcher(line);
    return m.find() ? m.end() : -1;
  }

  /** True when the line opens with the pack's word for a document's number ("Số:", "No."). */
  public boolean opensDocumentNumber(String line) {
    return documentNumber.matcher(line).find();
  }

  /** True when the text names a day of the week ("Monday", "Thứ Hai", "יום שני"). */
  public boolean hasWeekday(String text) {
    return weekday.matcher(text).find();
  }

  /** The days of the week the text names, as written ("thứ Năm", "Thursday"). */
  public java.util.List<String> weekdays(String text) {
    return weekday.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
  }

  /** The text with the days of the week it names cut out. */
  public String withoutWeekdays(String text) {
    return weekday.matcher(text).replaceAll(" ");
  }

  /** True when the text is a site's section name ("News", "Thế giới", "חדשות"), nothing else. */
  public boolean isCategory(String text) {
    return categories.contains(norm(text));
  }

  /**
   * True when the heading names a kind of section any article has ("Background", "Bối cảnh",
   * "רקע"): a part of a topic, never a topic without the title before it.
   */
  public boolean isGenericSection(String heading) {
    return genericSections.contains(norm(withoutEdit(heading)));
  }

  /** The line without the page buttons at its end ("Title PDF Print E-mail" gives "Title"). */
  public String withoutButtons(String line) {
    return buttons == null ? line : buttons.matcher(line).replaceFirst("");
  }

  /**
   * How many interface phrases ("Jump to navigation", "Log in", "Bước tới tìm kiếm") the line is
   * made of: 0 when anything but them and separators is left on it.
   */
  public int uiPhrases(String line) {
    java.util.regex.Matcher m = ui.matcher(line);
    int n = 0;
    StringBuilder rest = new StringBuilder();
    int from = 0;
    while (m.find()) {
      n++;
      rest.append(line, from, m.start()).append(' ');
      from = m.end();
    }
    rest.append(line.substring(from));
    return n > 0 && rest.toString().codePoints().noneMatch(Character::isLetterOrDigit) ? n : 0;
  }

  /** True when the line is only a picture's marker ("Enlarge", "[Image]", "Tập tin:"). */
  public boolean isImageMarker(String line) {
    return image.matcher(line.strip()).matches();
  }

  /**
   * True when the line is a picture's marker with its description ("Image of a hall", "Ảnh: …",
   * "תמונה של …"): the marker word, then a colon or the pack's word for "of" ({@code image.of}),
   * on a short line that ends no sentence ("Image processing" or "Ảnh hưởng" go on as words).
   */
  public boolean opensImageMarker(String line) {
    String s = line.strip();
    return imageOpening.matcher(s).lookingAt() && !LayoutClassifier.terminal(s)
        && LayoutClassifier.words(s) <= 12;
  }

  /** True when the line names a picture's maker anywhere ("photo by", "צילם", "Ảnh:"). */
  public boolean hasCredit(String line) {
    return credit.matcher(line).find();
  }

  /** True when the line opens with a publication word ("Published", "Cập nhật", "פורסם"). */
  public boolean opensPublished(String line) {
    return published.matcher(line).find();
  }

  /**
   * True when the line opens with a contact label ("Phone:", "Địa chỉ:", "Hotline 0…", "כתובת:"):
   * the label, at most a branch number, then a colon or digits.
   */
  public boolean opensContact(String line) {
    return contact.matcher(line).find();
  }

  /** True when the line opens with an edit note's words ("Last edited by", "נערך לאחרונה"). */
  public boolean opensEditNote(String line) {
    return edited.matcher(line).find();
  }

  /** True when the line is a version comparison's line marker ("Line 67:", "Dòng 51:"). */
  public boolean isDiffLine(String line) {
    return diffLine.matcher(line.strip()).matches();
  }

  /** True when the line opens with a "read more" word. */
  public boolean opensMore(String line) {
    return more.matcher(line).find();
  }

  /** How many citation words ("Retrieved", "ISBN", "pp.") the line has. */
  public int citedWords(String line) {
    return (int) cited.matcher(line).results().count();
  }

  /** How many words that often stand in citations ("Press", "Journal") the line has. */
  public int citedWeakWords(String line) {
    return (int) citedWeak.matcher(line).results().count();
  }

  /** The pattern of an inline citation mark: "[12]", "[a]", "[citation needed]". */
  public Pattern inlineMark() {
    return inlineMark;
  }

  /** A month name (group 1 is the name as written, without a prefix). */
  public Pattern months() {
    return months;
  }

  /** The month number of a name found by {@link #months()}, or 0. */
  public int monthNumber(String name) {
    return monthNumbers.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  /** The language these words are of. */
  public Language language() {
    return language;
  }

  /** The word written between a month and its year ("năm"), or empty. */
  public String yearWord() {
    return yearWord;
  }
}
