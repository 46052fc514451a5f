package org.factdrill.lang;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The language packs on the class path: {@code lang/index.tsv} lists the codes, and each code's
 * folder holds pack.tsv (settings and features), numerals.tsv, months.tsv, words.tsv,
 * currencies.tsv, ui.tsv and holidays.tsv (names to the rules of lang/holidays.tsv). Read once, on first use; the packs are immutable.
 */
public final class LanguagePacks {
  private static final class Holder {
    static final Map<String, LanguagePack> PACKS = loadAll();
  }

  /** The codes of index.tsv, in order: read apart from any pack. */
  private static final class CodesHolder {
    static final List<String> CODES = readCodes();
  }

  /**
   * Interface words only, read apart from the packs (see {@link InterfaceWords}), and each
   * language only when it is asked for: the TUI's first frame needs the interface language and
   * English (the fallback), and parsing every pack's ui.tsv there cost tens of milliseconds.
   */
  private static final java.util.concurrent.ConcurrentMap<String, InterfaceWords> INTERFACE_WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LanguagePacks() {}

  /** Every pack's code, in the order of index.tsv, without loading the packs. */
  public static List<String> codes() {
    return CodesHolder.CODES;
  }

  /** The interface words of a language code (any case), if there is such a pack. */
  public static Optional<InterfaceWords> interfaceWords(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    return CodesHolder.CODES.contains(c)
        ? Optional.of(INTERFACE_WORDS.computeIfAbsent(c, LanguagePacks::readInterfaceWords))
        : Optional.empty();
  }

  private static List<String> readCodes() {
    String[] packed = PreparsedWords.of("index.tsv"); // no resource read before the first frame
    return packed != null ? List.of(packed) : parseCodes();
  }

  /** The codes of lang/index.tsv parsed from its text. */
  static List<String> parseCodes() {
    List<String> out = new ArrayList<>();
    lines("lang/index.tsv", true, cols -> out.add(cols[0]));
    return List.copyOf(out);
  }

  private static InterfaceWords readInterfaceWords(String code) {
    // The build's pre-parsed tables (PreparsedWords): parsing ui.tsv here, before the first
    // frame, in code not yet compiled, cost 5-9 ms of CPU. A pack without them is read as text.
    String[] packed = PreparsedWords.of(code + "/pack.tsv");
    if (packed == null) {
      return parseInterfaceWords(code);
    }
    Map<String, String> settings = pairs(packed);
    String[] ui = PreparsedWords.of(code + "/ui.tsv");
    return new InterfaceWords(code, "rtl".equals(settings.get("direction")),
        ui == null ? Map.of() : pairs(ui), settings);
  }

  private static Map<String, String> pairs(String[] kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The interface words of {@code code} parsed from its pack.tsv and ui.tsv text. */
  static InterfaceWords parseInterfaceWords(String code) {
    String dir = "lang/" + code + "/";
    Map<String, String> settings = new HashMap<>();
    lines(dir + "pack.tsv", true, c -> settings.put(c[0], c.length > 1 ? c[1] : ""));
    Map<String, String> ui = new HashMap<>();
    lines(dir + "ui.tsv", false, c -> ui.put(c[0], c.length > 1 ? c[1] : ""));
    return new InterfaceWords(code, "rtl".equals(settings.get("direction")), ui, settings);
  }

  /** Every pack, in the order of index.tsv (the first is the default language). */
  public static List<LanguagePack> all() {
    return List.copyOf(Holder.PACKS.values());
  }

  /** The pack of a language code (any case), if there is one. */
  /**
   * The words of {@code category} (words.tsv) in every installed pack: marks read in any
   * language, since pages and typed answers mix languages.
   */
  public static Set<String> allWords(String category) {
    Set<String> all = new HashSet<>();
    for (LanguagePack p : all()) {
      all.addAll(p.words(category));
    }
    return Set.copyOf(all);
  }

  public static Optional<LanguagePack> find(String code) {
    return code == null ? Optional.empty()
        : Optional.ofNullable(Holder.PACKS.get(code.trim().toLowerCase(Locale.ROOT)));
  }

  /** The pack of a code that must exist. */
  public static LanguagePack of(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("no language pack " + code));
  }

  private static Map<String, LanguagePack> loadAll() {
    Map<String, LanguagePack> out = new LinkedHashMap<>();
    lines("lang/index.tsv", true, cols -> out.put(cols[0], load(cols[0])));
    return out;
  }

  static LanguagePack load(String code) {
    String dir = "lang/" + code + "/";
    Map<String, String> settings = new HashMap<>();
    lines(dir + "pack.tsv", true, c -> settings.put(c[0], c.length > 1 ? c[1] : ""));
    Set<String> features = new HashSet<>(List.of(settings.getOrDefault("features", "").split(" ")));
    features.remove("");
    Map<String, LanguagePack.Numeral> numerals = new HashMap<>();
    lines(dir + "numerals.tsv", false, c -> numerals.put(lower(c[0]), new LanguagePack.Numeral(
        Long.parseLong(c[1]), LanguagePack.Role.valueOf(c[2].toUpperCase(Locale.ROOT)),
        c.length > 3 && c[3].equals("yes"))));
    Map<String, Integer> monthForms = new HashMap<>();
    Map<String, String[]> lists = new LinkedHashMap<>();
    lines(dir + "months.tsv", false, c -> {
      int m = Integer.parseInt(c[0]);
      monthForms.put(lower(c[2]), m);
      if (!c[1].equals("form")) {
        String[] list = lists.computeIfAbsent(c[1], k -> new String[12]);
        if (list[m - 1] == null) {
          list[m - 1] = c[2];
        }
      }
    });
    List<List<String>> monthNames = new ArrayList<>();
    for (String[] list : lists.values()) {
      monthNames.add(List.of(list));
    }
    seedMonths(settings.getOrDefault("locale", code), settings.getOrDefault("cldr-months", ""),
        monthForms);
    Map<String, Set<String>> words = new HashMap<>();
    lines(dir + "words.tsv", false, c -> {
      WordsCheck.row(c);
      words.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(lower(c[1]));
    });
    seedDayPeriods(settings.getOrDefault("locale", code),
        settings.getOrDefault("cldr-day-periods", ""), words);
    Map<String, Integer> ordinals = new HashMap<>();
    lines(dir + "ordinals.tsv", false, c -> ordinals.put(lower(c[0]), Integer.parseInt(c[1])));
    Map<String, String> currencies = new HashMap<>();
    Map<String, String> currencyRules = new HashMap<>();
    lines(dir + "currencies.tsv", false, c -> {
      currencies.put(lower(c[0]), c[1]);
      if (c.length > 2 && !c[2].isBlank()) {
        for (String rule : c[2].trim().split(" ")) {
          if (!rule.matches("not-(?:before|near)=[^=\\s]+|times=[0-9]+|abbr|minor")) {
            throw new IllegalArgumentException("unknown currency rule '" + rule
                + "' (known: not-before=w1,@category, not-near=@category, times=N, abbr, minor)");
          }
        }
        currencyRules.put(lower(c[0]), c[2].trim());
      }
    });
    Map<String, Integer> fractions = new HashMap<>();
    lines(dir + "fractions.tsv", false, c -> fractions.put(lower(c[0]), Integer.parseInt(c[1])));
    seedCurrencies(settings.getOrDefault("locale", code),
        settings.getOrDefault("cldr-currencies", ""), currencies);
    Map<String, String> ui = new HashMap<>();
    lines(dir + "ui.tsv", false, c -> ui.put(c[0], c.length > 1 ? c[1] : ""));
    // Spelling variants the language's texts use interchangeably ("ё=е": трёх / трех).
    for (String pair : settings.getOrDefault("spelling-variants", "").split(" ")) {
      if (pair.length() == 3 && pair.charAt(1) == '=') {
        String from = pair.substring(0, 1);
        String to = pair.substring(2);
        variants(numerals, from, to);
        variants(monthForms, from, to);
        variants(ordinals, from, to);
        variants(currencies, from, to);
        for (Set<String> set : words.values()) {
          for (String w : List.copyOf(set)) {
            if (w.contains(from)) {
              set.add(w.replace(from, to));
            }
          }
        }
      }
    }
    Map<String, String> holidays = new HashMap<>();
    lines(dir + "holidays.tsv", false, c -> {
      if (!Holidays.known(c[1])) {
        throw new IllegalArgumentException("no rule " + c[1] + " in lang/holidays.tsv");
      }
      if (c[0].startsWith("@")) {
        // A calendar's holiday named after the people who keep the calendar ("@korean" with the
        // pack's forms "{} new year"): every form of the setting for every such adjective.
        for (String form : settings.getOrDefault("people-holiday-forms", "").split(";")) {
          if (form.contains("{}")) {
            holidays.put(lower(form.replace("{}", c[0].substring(1))), c[1]);
          }
        }
      } else {
        holidays.put(lower(c[0]), c[1]);
      }
    });
    Map<String, Set<String>> frozen = new HashMap<>();
    words.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new LanguagePack(code, settings, features, numerals, monthForms, monthNames, frozen,
        ordinals, currencies, currencyRules, fractions, ui, holidays);
  }

  /**
   * CLDR's names for the listed currencies in the pack's locale (singular and every plural
   * form, "доллар США", "долларов США"), added where currencies.tsv does not already name them.
   */
  private static void seedCurrencies(String locale, String codes, Map<String, String> out) {
    ULocale ul = new ULocale(locale);
    PluralRules rules = PluralRules.forLocale(ul);
    for (String iso : codes.split(" ")) {
      if (iso.isBlank()) {
        continue;
      }
      Currency c = Currency.getInstance(iso);
      List<String> names = new ArrayList<>();
      names.add(c.getName(ul, Currency.LONG_NAME, null));
      for (String kw : rules.getKeywords()) {
        names.add(c.getName(ul, Currency.PLURAL_LONG_NAME, kw, null));
      }
      names.add(c.getSymbol(ul));
      for (String n : names) {
        if (n != null && !n.isBlank() && !n.equals(iso)) {
          out.putIfAbsent(lower(n), iso);
        }
      }
    }
  }

  private static <V> void variants(Map<String, V> map, String from, String to) {
    for (Map.Entry<String, V> e : List.copyOf(map.entrySet())) {
      if (e.getKey().contains(from)) {
        map.putIfAbsent(e.getKey().replace(from, to), e.getValue());
      }
    }
  }

  /**
   * CLDR's month names in the pack's locale (wide and abbreviated, format and stand-alone forms:
   * "августа", "авг.", "באוג׳"), added to months.tsv's forms when pack.tsv says cldr-months yes.
   */
  /**
   * Times of day in words: CLDR's day periods in the pack's locale ("in the evening", "chiều",
   * "вечера"), each put into the pack's templates ({@code cldr-day-periods}, "{0}" for the period,
   * templates separated by "|": "giờ {0}", "часа {0}|часов {0}"), become {@code clock-after}
   * phrases: the number before one is an hour, not a count. Abbreviations (a dot, all capitals)
   * are left out.
   */
  private static void seedDayPeriods(String locale, String templates,
      Map<String, Set<String>> words) {
    if (templates.isBlank()) {
      return;
    }
    ULocale loc = new ULocale(locale);
    Set<String> periods = new LinkedHashSet<>();
    com.ibm.icu.util.Calendar c = com.ibm.icu.util.Calendar.getInstance(
        com.ibm.icu.util.TimeZone.GMT_ZONE, loc);
    for (String pattern : new String[] {"B", "BBBB"}) {
      com.ibm.icu.text.SimpleDateFormat f = new com.ibm.icu.text.SimpleDateFormat(pattern, loc);
      f.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
      for (int h = 0; h < 24; h++) {
        c.clear();
        c.set(2020, 0, 1, h, 0);
        String p = f.format(c.getTime());
        if (!p.isBlank() && !p.contains(".") && !p.equals(p.toUpperCase(Locale.ROOT))) {
          periods.add(lower(p));
        }
      }
    }
    Set<String> out = words.computeIfAbsent("clock-after", k -> new LinkedHashSet<>());
    for (String t : templates.split("\\|")) {
      for (String p : periods) {
        out.add(lower(t.trim().replace("{0}", p)));
      }
    }
  }

  private static void seedMonths(String locale, String on, Map<String, Integer> out) {
    if (!on.equals("yes")) {
      return;
    }
    com.ibm.icu.text.DateFormatSymbols s = new com.ibm.icu.text.DateFormatSymbols(new ULocale(locale));
    for (int context : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT,
        com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {com.ibm.icu.text.DateFormatSymbols.WIDE,
          com.ibm.icu.text.DateFormatSymbols.ABBREVIATED}) {
        String[] names = s.getMonths(context, width);
        for (int m = 0; m < 12 && m < names.length; m++) {
          String n = lower(names[m]);
          // "авг.", "אוג׳": with and without the abbreviation mark (a token of its own or not).
          if (!n.isEmpty() && !n.contains(" ")) {
            out.putIfAbsent(n, m + 1);
          }
          while (!n.isEmpty() && ".'\u05f3".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
          }
          if (!n.isEmpty() && !n.contains(" ")) {
            out.putIfAbsent(n, m + 1);
          }
        }
      }
    }
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Calls {@code row} with the tab-separated columns of each non-blank, non-comment line. */
  private static void lines(String resource, boolean required, Consumer<String[]> row) {
    InputStream in = LanguagePacks.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      if (required) {
        throw new IllegalStateException("missing language resource " + resource);
      }
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          row.accept(line.split("\t"));
        } catch (RuntimeException e) {
          throw new IllegalStateException(resource + ":" + n + ": cannot read '" + line + "'"
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
