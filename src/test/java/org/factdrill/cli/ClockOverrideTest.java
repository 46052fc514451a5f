package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FACTDRILL_NOW, the testing aid that starts the program's clock at a given moment. */
class ClockOverrideTest {
  private final Clock base = Clock.fixed(Instant.parse("2030-06-01T12:00:00Z"),
      ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void unsetLeavesTheClockAlone() {
    assertSame(base, ClockOverride.from(Map.of(), base));
    assertSame(base, ClockOverride.from(Map.of("FACTDRILL_NOW", " "), base));
  }

  @Test
  void anInstantAnOffsetOrALocalTimeSetsTheClock() {
    assertEquals(Instant.parse("2026-01-05T09:00:00Z"),
        ClockOverride.from(Map.of("FACTDRILL_NOW", "2026-01-05T09:00:00Z"), base).instant());
    assertEquals(Instant.parse("2026-01-05T02:00:00Z"),
        ClockOverride.from(Map.of("FACTDRILL_NOW", "2026-01-05T09:00:00+07:00"), base)
            .instant());
    Clock local = ClockOverride.from(Map.of("FACTDRILL_NOW", "2026-01-05T09:00"), base);
    assertEquals(Instant.parse("2026-01-05T02:00:00Z"), local.instant());
    assertEquals(base.getZone(), local.getZone());
  }

  @Test
  void theClockRunsOnFromTheGivenMoment() throws InterruptedException {
    Clock running = ClockOverride.from(Map.of("FACTDRILL_NOW", "2026-01-05T09:00:00Z"),
        Clock.systemUTC());
    Instant first = running.instant();
    Thread.sleep(20);
    Duration passed = Duration.between(first, running.instant());
    assertTrue(passed.toMillis() >= 15, "the clock stood still: " + passed);
    assertTrue(Duration.between(Instant.parse("2026-01-05T09:00:00Z"), first).toSeconds() < 5);
  }

  @Test
  void aValueThatIsNotATimeIsOneLineNamingTheVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClockOverride.from(Map.of("FACTDRILL_NOW", "tomorrow"), base));
    assertTrue(e.getMessage().startsWith("FACTDRILL_NOW='tomorrow' is not a time"),
        e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
  }
}
