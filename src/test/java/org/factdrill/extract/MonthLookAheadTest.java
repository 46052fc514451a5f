package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The calendar readers' month group behind its look-ahead for the names' first characters
 * matches exactly what the plain alternation (the old group, built here as the oracle) matched:
 * at every start, every region end, under the patterns' flags, for every reader of every pack,
 * on generated texts of the names in any case (Kelvin sign, long s, dotted and dotless i,
 * capital sharp s), with every geresh, gershayim and hyphen form and any BMP character.
 */
class MonthLookAheadTest {
  /** Each reader's month names, its old group and its group with the look-ahead. */
  private record Reader(String name, List<String> names, Pattern old, Pattern now) {}

  private static final List<Reader> READERS = readers();

  private static List<Reader> readers() {
    List<Reader> out = new ArrayList<>();
    for (Language l : Language.values()) {
      String types = l.pack().setting("other-calendars", "").strip();
      for (String type : types.isEmpty() ? new String[0] : types.split("\\s+")) {
        CalendarReader r = new CalendarReader(l.pack(), CalendarDates.CalendarKind.of(type));
        List<String> names = r.monthNames();
        Pattern old = Pattern.compile("(?iuU)(?<month>"
            + CalendarReader.alternation(new ArrayList<>(names)) + ")");
        Pattern now = Pattern.compile("(?iuU)" + CalendarReader.monthGroup(new ArrayList<>(names)));
        out.add(new Reader(l + " " + type, names, old, now));
      }
    }
    return out;
  }

  private static final List<String> NAMES = allNames();

  private static List<String> allNames() {
    List<String> out = new ArrayList<>();
    for (Reader r : READERS) {
      out.addAll(r.names());
    }
    return out;
  }

  private static final List<String> PIECES = List.of(" ", "  ", "\u00a0", "\u2028", "\t", "-",
      "־", "‐", "–", "'", "׳", "’", "‘", "`", "´", "ʻ", "ʼ", "\"", "״", "“", "”", "″", "„", ".",
      ",", "5", "ב", "ו", "וב", "ה-", "x", "the", "\u212a", "\u017f", "\u0130", "\u0131", "\u1e9e",
      "ß", "\u00b5", "\u0345", "\u03c2", "\ud801\udc00", "\ud801");

  /** A name of some reader, its case changed or a letter swapped for one of the same fold. */
  private static String variant(String name, int how) {
    switch (how % 7) {
      case 0:
        return name;
      case 1:
        return name.toUpperCase(Locale.ROOT);
      case 2:
        return name.isEmpty() ? name
            : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      case 3:
        return name.replace('k', '\u212a').replace('s', '\u017f');
      case 4:
        return name.replace('i', '\u0130').replace("I", "\u0131");
      case 5:
        return name.length() > 1 ? name.substring(1) : name; // its first letter cut
      default:
        return name.replace("ss", "\u1e9e").replace('-', '־').replace(' ', '\u00a0');
    }
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> name = Arbitraries.integers().between(0, Integer.MAX_VALUE)
        .map(v -> variant(NAMES.get(v % NAMES.size()), v / NAMES.size()));
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
        Arbitraries.chars().all().map(String::valueOf));
    return Arbitraries.oneOf(name, name, piece).list().ofMinSize(1).ofMaxSize(5)
        .map(l -> String.join("", l));
  }

  @Property(tries = 1500, seed = "18")
  void theGroupMatchesWhatTheAlternationMatchedAtEveryStartAndEnd(@ForAll("text") String text) {
    for (Reader r : READERS) {
      Matcher old = r.old().matcher(text);
      Matcher now = r.now().matcher(text);
      for (int s = 0; s <= text.length(); s++) {
        old.useTransparentBounds(true).region(s, text.length());
        now.useTransparentBounds(true).region(s, text.length());
        boolean o = old.lookingAt();
        assertEquals(o, now.lookingAt(), () -> r.name() + " at " + text);
        if (o) {
          assertEquals(old.end(), now.end(), () -> r.name() + " at " + text);
        }
        for (int e = s; e <= text.length(); e++) {
          old.useTransparentBounds(false).region(s, e);
          now.useTransparentBounds(false).region(s, e);
          final int end = e;
          assertEquals(old.matches(), now.matches(), () -> r.name() + " " + end + " " + text);
        }
      }
    }
  }

  @Test
  void theLookAheadRefusesAWordNoNameOpensWith() {
    Reader he = READERS.stream().filter(r -> r.name().startsWith("he hebrew")).findFirst()
        .orElseThrow();
    assertTrue(he.now().pattern().contains("(?="), he.now().pattern());
    assertFalse(he.now().matcher("ביום").lookingAt());
    assertTrue(he.now().matcher("ניסן").lookingAt());
    Reader en = READERS.stream().filter(r -> r.name().startsWith("en islamic")).findFirst()
        .orElseThrow();
    assertTrue(en.now().matcher("RAJAB").lookingAt());
    assertFalse(en.now().matcher("the").lookingAt());
  }
}
