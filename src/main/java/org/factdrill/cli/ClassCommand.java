package org.factdrill.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdrill.bank.BankJson;
import org.factdrill.lang.Phrase;
import org.factdrill.store.StoreException;
import org.factdrill.store.pg.ClassAdmin;
import org.factdrill.store.pg.ClassServer;
import org.factdrill.study.SessionSettings;
import org.factdrill.text.AtomicWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdrill class ...}: an instructor sets up a class on a PostgreSQL server. */
@Command(name = "class", mixinStandardHelpOptions = true,
    description = {"Set up a class on a PostgreSQL server (instructor): the class, its students' "
        + "logins, its question banks and study settings. See docs/classroom.md."},
    subcommands = {ClassCommand.Init.class, ClassCommand.AddStudent.class,
        ClassCommand.ImportRoster.class, ClassCommand.PublishBank.class,
        ClassCommand.Settings.class})
final class ClassCommand implements Callable<Integer> {
  private final Env env;

  ClassCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    env.err().println("factdrill: " + Speech.of(env, null, null).say("cli.class.missing_sub"));
    return 2;
  }

  /** Shared options and connection handling. */
  abstract static class Sub implements Callable<Integer> {
    final Env env;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Option(names = "--verbose", description = "Show stack traces for errors.")
    boolean verbose;

    Sub(Env env) {
      this.env = env;
    }

    /** {@code key} with {@code args} in the interface language (no --db here: the default's). */
    String say(String key, Object... args) {
      return Speech.of(env, null, null).say(key, args);
    }

    @Override
    public final Integer call() {
      try (ClassServer cs = ClassServer.connect(server.url(env), requireClass())) {
        return run(cs, new ClassAdmin(cs, new SecureRandom()));
      } catch (StoreException e) {
        throw UserError.of(e, 1);
      }
    }

    String requireClass() {
      String c = server.className(env);
      if (c == null) {
        throw new UserError(Phrase.of("cli.class.name_it"), 2);
      }
      return c;
    }

    abstract int run(ClassServer cs, ClassAdmin admin) throws StoreException;
  }

  /** {@code class init}. */
  @Command(name = "init", mixinStandardHelpOptions = true,
      description = {"Create the class (a schema owned by you, the instructor, and a group role "
          + "NAME_student), or bring it up to date. Needs a login that may create roles.",
          "Example: factdrill class init --server postgresql://teacher@db.school:5432/history "
              + "--class hist101"})
  static final class Init extends Sub {
    Init(Env env) {
      super(env);
    }

    @Override
    int run(ClassServer cs, ClassAdmin admin) throws StoreException {
      admin.init();
      env.out().println(say("cli.class.ready", cs.schema(), cs.url().describe(), cs.login()));
      return 0;
    }
  }

  /** {@code class add-student}. */
  @Command(name = "add-student", mixinStandardHelpOptions = true,
      description = {"Add a student: a new PostgreSQL login with a random password, printed "
          + "once here and stored by no one in clear (the server keeps a SCRAM hash). An "
          + "existing login is only added to the class; its password is unchanged."})
  static final class AddStudent extends Sub {
    @Parameters(index = "0", paramLabel = "LOGIN", description = "Login (a-z, 0-9, _).")
    String login;

    @Option(names = "--name", paramLabel = "NAME", description = "The student's full name.")
    String name;

    AddStudent(Env env) {
      super(env);
    }

    @Override
    int run(ClassServer cs, ClassAdmin admin) throws StoreException {
      ClassAdmin.Added a = admin.addStudent(login, name);
      if (a.created()) {
        env.out().println(say("cli.class.added", a.login(), cs.schema(), a.password()));
      } else {
        env.out().println(say("cli.class.added_existing", a.login(), cs.schema()));
      }
      return 0;
    }
  }

  /** {@code class import-roster}. */
  @Command(name = "import-roster", mixinStandardHelpOptions = true,
      description = {"Add every student of a CSV roster with a header row: a column login "
          + "(required) and name (optional). Prints login,name,password as CSV, or writes it to "
          + "--out (owner-only file): the only copy of the new passwords."})
  static final class ImportRoster extends Sub {
    @Parameters(index = "0", paramLabel = "ROSTER.csv")
    Path roster;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the new passwords here (mode 600) instead of standard output.")
    Path out;

    ImportRoster(Env env) {
      super(env);
    }

    @Override
    int run(ClassServer cs, ClassAdmin admin) throws StoreException {
      List<Map<String, String>> rows = read(roster);
      StringWriter csv = new StringWriter();
      csv.write("login,name,password\n");
      int created = 0;
      for (Map<String, String> r : rows) {
        ClassAdmin.Added a = admin.addStudent(r.get("login"), r.get("name"));
        created += a.created() ? 1 : 0;
        csv.write(a.login() + "," + quote(r.getOrDefault("name", "")) + ","
            + (a.created() ? a.password() : say("cli.class.existing_unchanged")) + "\n");
      }
      if (out == null) {
        env.out().print(csv);
      } else {
        try {
          AtomicWriter.writeString(out, csv.toString());
          Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions
              .fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
          throw new UserError(Phrase.of("cli.cannot_write", out, e.getMessage()), 1, e);
        }
      }
      env.err().println(out == null ? say("cli.class.roster_done", rows.size(), cs.schema(),
          created) : say("cli.class.roster_done_out", rows.size(), cs.schema(), created, out));
      return 0;
    }

    private static String quote(String s) {
      return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static List<Map<String, String>> read(Path file) {
      List<Map<String, String>> out = new ArrayList<>();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader()).readValues(text.replace("\uFEFF", ""))) {
          int line = 1;
          while (it.hasNext()) {
            line++;
            Map<String, String> raw = it.next();
            Map<String, String> row = new LinkedHashMap<>();
            raw.forEach((k, v) -> row.put(k.strip().toLowerCase(Locale.ROOT), v == null ? ""
                : v.strip()));
            if (row.getOrDefault("login", "").isEmpty()) {
              throw new UserError(Phrase.of("cli.class.roster_no_login", file, line), 1);
            }
            out.add(row);
          }
        }
      } catch (IOException | RuntimeException e) {
        if (e instanceof UserError u) {
          throw u;
        }
        throw new UserError(Phrase.of("cli.class.roster_unreadable", file, e.getMessage()), 1,
            e);
      }
      return out;
    }
  }

  /** {@code class publish-bank}. */
  @Command(name = "publish-bank", mixinStandardHelpOptions = true,
      description = "Publish a question bank to the class; students get it on their next sync.")
  static final class PublishBank extends Sub {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--name", paramLabel = "NAME",
        description = "Name in the class (default: the file name without .json).")
    String name;

    PublishBank(Env env) {
      super(env);
    }

    @Override
    int run(ClassServer cs, ClassAdmin admin) throws StoreException {
      BankJson.Checked c = new BankJson().check(file, List.of(env.paths().seeds()));
      if (!c.ok()) {
        throw new UserError(Phrase.of("cli.class.bad_bank", file, c.problems().get(0).phrase()),
            1);
      }
      String n = name != null ? name : file.getFileName().toString().replaceFirst("\\.json$", "");
      boolean changed = admin.publishBank(n, c.text());
      env.out().println(say(changed ? "cli.class.published" : "cli.class.unchanged", n,
          cs.schema()));
      return 0;
    }
  }

  /** {@code class settings}. */
  @Command(name = "settings", mixinStandardHelpOptions = true,
      description = "Set class-wide study settings (KEY=VALUE, as `factdrill settings`); "
          + "students get them on their next sync.")
  static final class Settings extends Sub {
    @Parameters(paramLabel = "KEY=VALUE", arity = "1..*")
    List<String> assignments;

    Settings(Env env) {
      super(env);
    }

    @Override
    int run(ClassServer cs, ClassAdmin admin) throws StoreException {
      Map<String, String> out = new LinkedHashMap<>();
      for (String a : assignments) {
        int eq = a.indexOf('=');
        String key = eq <= 0 ? null : SessionSettings.key(a.substring(0, eq));
        if (key == null) {
          throw new UserError(Phrase.of("cli.class.expected_setting",
              String.join(", ", SessionSettings.KEYS), a), 2);
        }
        try {
          out.put(key, SessionSettings.check(key, a.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), 2);
        }
      }
      admin.putSettings(out);
      env.out().println(say("cli.class.settings", cs.schema(), out));
      return 0;
    }
  }
}
