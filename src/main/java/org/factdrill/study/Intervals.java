package org.factdrill.study;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.factdrill.lang.InterfaceWords;
import org.factdrill.lang.LanguagePacks;

/**
 * Short human forms of intervals, as on Anki's grade buttons ("<1m", "10m", "3h", "4d", "2mo",
 * "1.5y" in English), in the interface language: the unit names are CLDR's (ICU
 * {@code MeasureFormat}) in the width the pack's {@code interval-units} setting asks for, with its
 * plural forms and decimal mark ("1,5 г.", "10 л."), so no language gets Latin abbreviations.
 */
public final class Intervals {
  /** The units an interval is said in, from the shortest. */
  private enum Unit {
    MINUTE(MeasureUnit.MINUTE), HOUR(MeasureUnit.HOUR), DAY(MeasureUnit.DAY),
    MONTH(MeasureUnit.MONTH), YEAR(MeasureUnit.YEAR);

    final MeasureUnit icu;

    Unit(MeasureUnit icu) {
      this.icu = icu;
    }
  }

  private final ULocale locale;
  /** Per unit: a CLDR width, or a pattern with {0} where CLDR's form would be ambiguous. */
  private final Map<Unit, String> spec = new EnumMap<>(Unit.class);
  private final Map<String, MeasureFormat> formats = new HashMap<>();

  private Intervals(String locale, String setting) {
    this.locale = ULocale.forLanguageTag(locale);
    String[] parts = (setting == null || setting.isBlank() ? "narrow" : setting.strip())
        .split("\\s+");
    for (Unit u : Unit.values()) {
      spec.put(u, parts[0]);
    }
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      spec.put(Unit.valueOf(kv[0].toUpperCase(Locale.ROOT)), kv[1]);
    }
  }

  /** The intervals of an interface language's pack (English when there is no such pack). */
  public static Intervals of(InterfaceWords words) {
    InterfaceWords w = words != null ? words : LanguagePacks.interfaceWords("en").orElseThrow();
    String locale = w.setting("locale");
    return new Intervals(locale == null ? w.code() : locale, w.setting("interval-units"));
  }

  /** The intervals of the pack with code {@code code}, English when there is none. */
  public static Intervals of(String code) {
    return of(LanguagePacks.interfaceWords(code).orElse(null));
  }

  /** {@code d} in English: "<1m", "10m", "3h", "4d", "2mo", "1.5y". */
  public static String compact(Duration d) {
    return of("en").format(d);
  }

  /** {@code d} in this language's short units. */
  public String format(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return "<" + say(1, Unit.MINUTE);
    }
    if (s < 3600) {
      return say(s / 60, Unit.MINUTE);
    }
    if (s < 86_400) {
      return say(s / 3600, Unit.HOUR);
    }
    long days = s / 86_400;
    if (days < 30) {
      return say(days, Unit.DAY);
    }
    if (days < 365) {
      return say(Math.round(days / 30.4), Unit.MONTH);
    }
    double years = days / 365.25;
    return years < 10 ? say(Math.round(years * 10) / 10.0, Unit.YEAR)
        : say(Math.round(years), Unit.YEAR);
  }

  private String say(Number n, Unit u) {
    String how = spec.get(u);
    if (how.contains("{0}")) {
      NumberFormat nf = NumberFormat.getInstance(locale);
      nf.setMaximumFractionDigits(1);
      return how.replace("{0}", nf.format(n));
    }
    MeasureFormat f = formats.computeIfAbsent(how, h -> MeasureFormat.getInstance(locale,
        MeasureFormat.FormatWidth.valueOf(h.toUpperCase(Locale.ROOT))));
    return f.format(new Measure(n, u.icu));
  }
}
