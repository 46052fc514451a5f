package org.factdrill.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The testing aid {@code FACTDRILL_NOW}: when set, the program's clock starts at that moment and
 * runs on in real time from there, so a script can study "on" any day (simulated learners, the
 * day-boundary and due-date checks). Read here, in the composition root only: everything else
 * already takes its clock from {@link Env}.
 */
final class ClockOverride {
  /** The environment variable that sets the clock. */
  static final String VARIABLE = "FACTDRILL_NOW";

  private ClockOverride() {}

  /**
   * The clock the program runs on: {@code base}, or {@code base} shifted so that it read
   * {@code FACTDRILL_NOW} at the moment this was called.
   *
   * @throws IllegalArgumentException with a one-line message when the value is not a time
   */
  static Clock from(Map<String, String> vars, Clock base) {
    String value = vars.get(VARIABLE);
    if (value == null || value.isBlank()) {
      return base;
    }
    Instant target = parse(value.strip(), base);
    return Clock.offset(base, Duration.between(base.instant(), target));
  }

  private static Instant parse(String s, Clock base) {
    try {
      return Instant.parse(s); // 2026-01-05T09:00:00Z
    } catch (DateTimeException e) {
      // fall through: an offset or a local date-time
    }
    try {
      return OffsetDateTime.parse(s).toInstant(); // 2026-01-05T09:00:00+07:00
    } catch (DateTimeException e) {
      // fall through
    }
    try {
      return LocalDateTime.parse(s).atZone(base.getZone()).toInstant(); // local time
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(VARIABLE + "='" + s + "' is not a time; give an "
          + "ISO-8601 date-time such as 2026-01-05T09:00:00Z, 2026-01-05T09:00:00+07:00 or "
          + "2026-01-05T09:00 (local), or unset it");
    }
  }
}
