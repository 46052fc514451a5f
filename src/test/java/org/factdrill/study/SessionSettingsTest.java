package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {
  @Test
  void keysAcceptDashesAndCaseAndRejectUnknownOnes() {
    assertEquals("new_per_day", SessionSettings.key("New-Per-Day"));
    assertEquals("desired_retention", SessionSettings.key(" desired_retention "));
    assertNull(SessionSettings.key("retention"));
  }

  @Test
  void valuesAreValidatedAgainstTheirRangesAndNormalized() {
    assertEquals("0.85", SessionSettings.check("desired_retention", "0.850"));
    assertEquals("0.7", SessionSettings.check("desired_retention", "0.70"));
    assertEquals("0", SessionSettings.check("new_per_day", "0"));
    assertEquals("99999", SessionSettings.check("max_reviews_per_day", "99999"));
    for (String[] bad : new String[][] {{"desired_retention", "0.69"},
        {"desired_retention", "0.995"}, {"desired_retention", "NaN"}, {"new_per_day", "10000"},
        {"new_per_day", "2.5"}, {"max_reviews_per_day", "-3"}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SessionSettings.check(bad[0], bad[1]));
      assertTrue(e.getMessage().startsWith("bad value '" + bad[1] + "' for " + bad[0] + ": "),
          e.getMessage());
    }
  }

  @Test
  void storedValuesOutOfRangeFallBackToDefaults() {
    SessionSettings s = SessionSettings.from(Map.of("desired_retention", "1.5", "new_per_day", "7",
        "max_reviews_per_day", "lots"));
    assertEquals(new SessionSettings(0.9, 7, 200), s);
    assertEquals(SessionSettings.defaults(), SessionSettings.from(Map.of()));
    assertEquals(Map.of("desired_retention", "0.9", "new_per_day", "7",
        "max_reviews_per_day", "200", "leech_threshold", "8"), s.asMap());
  }

  @Test
  void intervalsAreShownLikeAnkisGradeButtons() {
    assertEquals("<1m", Intervals.compact(Duration.ofSeconds(59)));
    assertEquals("5m", Intervals.compact(Duration.ofSeconds(330)));
    assertEquals("3h", Intervals.compact(Duration.ofHours(3)));
    assertEquals("4d", Intervals.compact(Duration.ofDays(4)));
    assertEquals("2mo", Intervals.compact(Duration.ofDays(61)));
    assertEquals("1.5y", Intervals.compact(Duration.ofDays(548)));
    assertEquals("<1m", Intervals.compact(Duration.ofSeconds(-5)));
  }
}
