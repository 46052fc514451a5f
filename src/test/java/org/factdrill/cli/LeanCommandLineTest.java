package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * The root is parsed without its subcommands when no argument can name one (start-up speed); these
 * check that users see no difference: help lists every command, typos get suggestions.
 */
class LeanCommandLineTest {
  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Env env = new Env(Map.of("HOME", tmp.toString()), tmp.toString(),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), Clock.systemUTC(), "tester");
    return Cli.run(env, args);
  }

  @Test
  void rootHelpListsEverySubcommandExceptHiddenOnes() {
    assertEquals(0, run("--help"));
    for (String name : new String[] {"study", "generate", "extract", "bank", "export", "stats",
        "profile", "settings", "help"}) {
      assertTrue(out.toString().contains("  " + name), name + " missing from:\n" + out);
    }
    assertTrue(!out.toString().contains("warm-up"), "hidden command listed:\n" + out);
  }

  @Test
  void clusteredHelpOptionAlsoListsSubcommands() {
    assertEquals(0, run("-Vh"));
    assertTrue(out.toString().contains("  export"), out.toString());
  }

  @Test
  void mistypedSubcommandGetsASuggestionAndExitCode2() {
    assertEquals(2, run("stat"));
    assertTrue(err.toString().contains("stats"), err.toString());
  }

  @Test
  void unknownRootOptionIsAUsageError() {
    assertEquals(2, run("--bogus"));
    assertTrue(err.toString().contains("--bogus"), err.toString());
  }

  @Test
  void noArgumentsStudiesWithoutPicocliAndFailsExactlyLikeStudyWithoutATerminal() {
    int bare = run();
    String bareErr = err.toString();
    err.getBuffer().setLength(0);
    assertEquals(bare, run("study"));
    assertEquals(1, bare);
    assertEquals(err.toString(), bareErr);
    assertTrue(bareErr.startsWith("factdrill: the study screen needs an interactive terminal"),
        bareErr);
  }

  @Test
  void warmUpRehearsesASessionOnAVirtualTerminalWithoutTouchingTheRealDatabase() throws Exception {
    Path bank = Path.of(System.getProperty("factdrill.home", ".")).resolve("question-banks")
        .resolve("seeds.json");
    assertEquals(0, run("warm-up", "--bank", bank.toString()), err.toString());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("warm-up: (\\d+) frames drawn")
        .matcher(out.toString());
    assertTrue(m.find(), out.toString());
    assertTrue(Integer.parseInt(m.group(1)) > 20, out.toString());
    assertTrue(!java.nio.file.Files.exists(tmp.resolve("progress-db")), "no database in home");
  }

  @Test
  void everySubcommandNameAndAliasTriggersTheFullTree() throws Exception {
    Set<String> names = new TreeSet<>();
    for (Class<?> c : FactdrillCommand.SUBCOMMANDS) {
      Command cmd = c.getAnnotation(Command.class);
      names.add(cmd.name());
      names.addAll(Arrays.asList(cmd.aliases()));
    }
    java.lang.reflect.Field f = Cli.class.getDeclaredField("SUBCOMMAND_WORDS");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    Set<String> words = (Set<String>) f.get(null);
    Set<String> missing = names.stream().filter(n -> !words.contains(n))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), missing);
  }
}
