package org.factdrill.lang;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/**
 * What ICU writes, the extractor must read: shared by the property classes. Each check records
 * a pass or a miss per (language, form), so a run reports its counts per language.
 */
final class IcuRoundTrip {
  static final FactExtractor EXTRACTOR = new FactExtractor();
  static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>();
  static final Map<String, String> FIRST_MISS = new ConcurrentHashMap<>();

  private IcuRoundTrip() {}

  static ULocale locale(Language l) {
    return new ULocale(l.pack().locale().toLanguageTag());
  }

  private static final Map<Language, List<String>> RULE_SETS = new ConcurrentHashMap<>();

  /**
   * The public cardinal spell-out rule sets of a locale (ordinal and year sets excluded). Read
   * once per language: building a RuleBasedNumberFormat parses the locale's whole rule text, and
   * the property asked for the names in every try (about a seventh of its CPU time).
   */
  static List<String> cardinalRuleSets(Language l) {
    return RULE_SETS.computeIfAbsent(l, k -> {
      RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale(k),
          RuleBasedNumberFormat.SPELLOUT);
      List<String> out = new ArrayList<>();
      for (String name : f.getRuleSetNames()) {
        if (!name.contains("ordinal") && !name.contains("year") && !name.contains("verbose")) {
          out.add(name);
        }
      }
      return List.copyOf(out);
    });
  }

  private static final Map<String, Object> FORMATS = new ConcurrentHashMap<>();

  static String spell(Language l, String ruleSet, long n) {
    RuleBasedNumberFormat f = (RuleBasedNumberFormat) FORMATS.computeIfAbsent(
        l.code() + ruleSet, k -> {
          RuleBasedNumberFormat r = new RuleBasedNumberFormat(locale(l),
              RuleBasedNumberFormat.SPELLOUT);
          r.setDefaultRuleSet(ruleSet);
          return r;
        });
    synchronized (f) {
      return f.format(n);
    }
  }

  static String digits(Language l, BigDecimal n) {
    DecimalFormat f = (DecimalFormat) FORMATS.computeIfAbsent(l.code() + " digits", k -> {
      DecimalFormat d = (DecimalFormat) NumberFormat.getInstance(locale(l));
      d.setGroupingUsed(true);
      d.setMaximumFractionDigits(3);
      return d;
    });
    synchronized (f) {
      return f.format(n);
    }
  }

  static String date(Language l, String skeletonOrStyle, int y, int m, int d) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.GMT_ZONE, locale(l));
    c.clear();
    c.set(y, m - 1, d);
    DateFormat f = (DateFormat) FORMATS.computeIfAbsent(l.code() + " date " + skeletonOrStyle,
        k -> {
          DateFormat fmt;
          switch (skeletonOrStyle) {
            case "FULL": fmt = DateFormat.getDateInstance(DateFormat.FULL, locale(l)); break;
            case "LONG": fmt = DateFormat.getDateInstance(DateFormat.LONG, locale(l)); break;
            case "MEDIUM": fmt = DateFormat.getDateInstance(DateFormat.MEDIUM, locale(l)); break;
            case "SHORT": fmt = DateFormat.getDateInstance(DateFormat.SHORT, locale(l)); break;
            default: fmt = DateFormat.getInstanceForSkeleton(skeletonOrStyle, locale(l));
          }
          fmt.setTimeZone(TimeZone.GMT_ZONE);
          return fmt;
        });
    synchronized (f) {
      return f.format(c.getTime());
    }
  }

  /** Exactly one fact of {@code kind} read from {@code text}, with the expected value. */
  static boolean reads(Language l, String form, String text, FactKind kind, String expected) {
    List<Fact> facts = EXTRACTOR.extract(new Document("icu", text, l)).stream()
        .filter(f -> f.kind() == kind).toList();
    boolean ok = facts.size() == 1 && show(facts.get(0).value()).equals(expected);
    int[] c = COUNTS.computeIfAbsent(l.code() + " " + form, k -> new int[2]);
    synchronized (c) {
      c[1]++;
      if (ok) {
        c[0]++;
      }
    }
    if (!ok) {
      FIRST_MISS.putIfAbsent(l.code() + " " + form, text + " -> " + facts.stream()
          .map(f -> show(f.value())).toList() + " (want " + expected + ")");
    }
    return ok;
  }

  static String show(Value v) {
    if (v instanceof Value.Num n) {
      return n.value().stripTrailingZeros().toPlainString();
    }
    if (v instanceof Value.Date d) {
      return d.iso();
    }
    if (v instanceof Value.Money m && m.amount() instanceof Value.Num n) {
      return n.value().stripTrailingZeros().toPlainString() + " " + m.currency();
    }
    return String.valueOf(v);
  }

  static String report() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, int[]> e : new TreeMap<>(COUNTS).entrySet()) {
      int[] c = e.getValue();
      b.append(String.format("%-40s %6d/%-6d%s%n", e.getKey(), c[0], c[1],
          c[0] == c[1] ? "" : "  e.g. " + FIRST_MISS.get(e.getKey())));
    }
    return b.toString();
  }

}
