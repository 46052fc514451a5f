package org.factdrill.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.factdrill.lang.InterfaceWords;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help (`--help`, `factdrill help CMD`) in the interface language. The English text is
 * the commands' annotations; a pack translates it with ui.tsv keys {@code help.} + picocli's
 * resource-bundle key: {@code factdrill.export.usage.description.0} (a command's description line),
 * {@code factdrill.export.format} (an option of one command), {@code db} (an option as most
 * commands describe it), {@code usage.synopsisHeading} (headings). Picocli reads them through
 * its own resource-bundle support, so wrapping and layout stay its own.
 */
final class HelpWords {
  private static final String PREFIX = "help.";
  /** Headings picocli prints in every command's help, with their English text. */
  private static final Map<String, String> HEADINGS = Map.of(
      "usage.synopsisHeading", "Usage: ", "usage.commandListHeading", "Commands:%n");

  private HelpWords() {}

  /** Sets the translation of {@code words} on {@code cl} and its subcommands (English: none). */
  static void apply(CommandLine cl, InterfaceWords words) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : words.strings().entrySet()) {
      if (e.getKey().startsWith(PREFIX)) {
        m.put(e.getKey().substring(PREFIX.length()), e.getValue());
      }
    }
    if (!m.isEmpty()) {
      cl.setResourceBundle(new Bundle(m));
    }
  }

  /** A resource bundle over a map (the pack's help strings). */
  private static final class Bundle extends ResourceBundle {
    private final Map<String, String> strings;

    Bundle(Map<String, String> strings) {
      this.strings = strings;
    }

    @Override
    protected Object handleGetObject(String key) {
      return strings.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(strings.keySet());
    }
  }

  /**
   * Every ui.tsv key the help of {@code root} and its visible subcommands reads (without the
   * {@code help.} prefix), with its English text: what each pack must translate. An
   * option has one unqualified key, for the text most commands give it; a command that says
   * something else about it has a key qualified with its name.
   */
  static Map<String, String> english(CommandLine root) {
    Map<String, String> out = new LinkedHashMap<>();
    HEADINGS.forEach((k, v) -> out.put(k, v));
    Map<String, List<String>> optionTexts = new LinkedHashMap<>();
    List<CommandSpec> specs = new ArrayList<>();
    collect(root.getCommandSpec(), specs);
    for (CommandSpec s : specs) {
      for (OptionSpec o : s.options()) {
        if (!o.hidden()) {
          optionTexts.computeIfAbsent(optionKey(o), k -> new ArrayList<>())
              .add(String.join("\n", o.description()));
        }
      }
    }
    for (CommandSpec s : specs) {
      String q = s.qualifiedName(".");
      lines(out, q + ".usage.description", s.usageMessage().description());
      lines(out, q + ".usage.header", s.usageMessage().header());
      lines(out, q + ".usage.footer", s.usageMessage().footer());
      for (OptionSpec o : s.options()) {
        if (o.hidden()) {
          continue;
        }
        String k = optionKey(o);
        boolean common = String.join("\n", o.description()).equals(mostCommon(optionTexts.get(k)));
        lines(out, common ? k : q + "." + k, o.description());
      }
      for (PositionalParamSpec p : s.positionalParameters()) {
        if (!p.hidden()) {
          lines(out, q + "." + p.paramLabel() + "[" + p.index() + "]", p.description());
        }
      }
    }
    return out;
  }

  /** The text most commands give an option (the first of equals): its unqualified key's. */
  private static String mostCommon(List<String> texts) {
    Map<String, Integer> n = new LinkedHashMap<>();
    texts.forEach(t -> n.merge(t, 1, Integer::sum));
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static void collect(CommandSpec s, List<CommandSpec> into) {
    if (s.usageMessage().hidden()) {
      return;
    }
    into.add(s);
    s.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct()
        .forEach(c -> collect(c, into));
  }

  /** The key picocli tries for an option: its description key, else its longest name. */
  private static String optionKey(ArgSpec a) {
    OptionSpec o = (OptionSpec) a;
    if (o.descriptionKey() != null && !o.descriptionKey().isEmpty()) {
      return o.descriptionKey();
    }
    return o.longestName().replaceFirst("^-+", "");
  }

  /** One key per line; an empty line joins the next as a leading %n (a pack has no empty text). */
  private static void lines(Map<String, String> out, String key, String[] lines) {
    if (lines == null || lines.length == 0) {
      return;
    }
    int n = 0;
    String pending = "";
    for (String line : lines) {
      if (line.isEmpty()) {
        pending += "%n";
      } else {
        out.put(key + "." + n++, pending + line);
        pending = "";
      }
    }
  }
}
