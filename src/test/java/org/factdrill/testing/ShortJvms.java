package org.factdrill.testing;

/**
 * Settings for the JVMs a test starts to run one check and exit (the shared validators' Nu Html
 * Checker and JQTI+): C1 only, since C2's work on hot loops never pays back in a run of a few
 * seconds; the serial collector, no concurrent GC threads on a two-core machine; and an 8 MB
 * stack, which the Nu Html Checker's schema needs once C1's larger frames are used (it stops
 * with a StackOverflowError at the default). Passed in {@code JDK_JAVA_OPTIONS}, which the
 * {@code java} launcher reads as if on its command line: {@code JAVA_TOOL_OPTIONS} reaches the
 * VM after the launcher made the main thread, whose stack then stays small. The Nu Html Checker
 * on the stats report: 6.5 CPU seconds with the defaults, 3.5 with these; same verdict.
 */
public final class ShortJvms {
  /** What {@code JDK_JAVA_OPTIONS} gets, after anything already there. */
  public static final String OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m";

  /**
   * The JIT and collector the launcher ({@code ./factdrill}) starts the packaged jar with, for the
   * end-to-end tests that start the jar themselves: they then run it as a user's launcher does,
   * and a start costs about a quarter less CPU (a three-answer plain session: 3.3 -> 2.5 CPU s).
   */
  public static final java.util.List<String> LAUNCHER = java.util.List.of(
      "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private ShortJvms() {}

  /** {@code pb}, whose JVMs (at any depth of scripts) start with {@link #OPTIONS}. */
  public static ProcessBuilder of(ProcessBuilder pb) {
    pb.environment().merge("JDK_JAVA_OPTIONS", OPTIONS, (a, b) -> a + " " + b);
    return pb;
  }
}
