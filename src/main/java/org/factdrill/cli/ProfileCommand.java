package org.factdrill.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdrill.store.pg.PgUrl;
import org.factdrill.store.Profiles;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code factdrill profile}: the learners in the database, with what each has done. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"List the learner profiles in the progress database with their card and "
        + "review counts; * marks the profile you study as (--profile, default your user name).",
        "Study as another learner with: factdrill --profile NAME"})
final class ProfileCommand implements Callable<Integer> {
  private final Env env;

  @Mixin
  CommonOptions common = new CommonOptions();

  ProfileCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PgUrl server = common.server(env);
    Path db = server == null ? common.db(env) : null;
    String me = common.profile(env);
    if (server == null && !Files.exists(db)) {
      env.out().println(Speech.of(env, common).say("cli.profile.no_db", db, me));
      return 0;
    }
    try (Store store = server != null ? Store.open(server) : Store.open(db)) {
      List<Profiles.Summary> all = store.profiles();
      if (all.isEmpty()) {
        env.out().println(Speech.of(env, common).say("cli.profile.none", store.database().where(),
            me));
        return 0;
      }
      int width = Math.max(7, all.stream().mapToInt(p -> p.name().length()).max().orElse(0));
      DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(
          env.clock().getZone() == null ? ZoneId.systemDefault() : env.clock().getZone());
      env.out().printf("  %-" + width + "s %8s %8s  %s%n", "PROFILE", "CARDS", "REVIEWS",
          "LAST REVIEW");
      for (Profiles.Summary p : all) {
        env.out().printf("%s %-" + width + "s %8d %8d  %s%n", p.name().equals(me) ? "*" : " ",
            p.name(), p.cards(), p.reviews(),
            p.lastReview() == null ? "-" : day.format(p.lastReview()));
      }
      if (all.stream().noneMatch(p -> p.name().equals(me))) {
        env.out().println(Speech.of(env, common).say("cli.profile.new", me));
      }
      return 0;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    }
  }
}
