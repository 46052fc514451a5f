package org.factdrill.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.factdrill.stats.ClassReportWriter;
import org.factdrill.store.StoreException;
import org.factdrill.store.pg.ClassServer;
import org.factdrill.store.pg.ClassStats;
import org.factdrill.text.AtomicWriter;

/** {@code stats --class}: the instructor's view, computed on the class server. */
final class ClassStatsView {
  private ClassStatsView() {}

  static int run(Env env, String server, String className, String format, Path out) {
    var url = ServerOptions.url(env, server);
    String cls = className == null || className.isBlank() ? env.vars().get("FACTDRILL_CLASS")
        : className.strip();
    ClassReportWriter.Format f = ClassReportWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
    ZoneId zone = env.clock().getZone();
    try (ClassServer cs = ClassServer.connect(url, cls == null || cls.isBlank() ? null : cls)) {
      ClassStats.Report r = new ClassStats(cs).compute(env.clock().instant(), 50, 20);
      if (out == null || AtomicWriter.isStdout(out)) {
        ClassReportWriter.write(r, f, zone, env.out());
      } else {
        AtomicWriter.write(out, o -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
          ClassReportWriter.write(r, f, zone, w);
        });
        env.err().println(Speech.of(env, null, null).say("cli.wrote", out));
      }
      env.err().println(Speech.of(env, null, null).say("cli.class.view_took",
          r.took().toMillis()));
      return 0;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    } catch (IOException e) {
      throw new UserError(org.factdrill.lang.Phrase.of("cli.cannot_write", out, e.getMessage()),
          1, e);
    }
  }
}
