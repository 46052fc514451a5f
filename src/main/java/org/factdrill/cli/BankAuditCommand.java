package org.factdrill.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdrill.bank.BankException;
import org.factdrill.bank.BankJson;
import org.factdrill.generate.BankAudit.Category;
import org.factdrill.generate.BankAudit.Hit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code factdrill bank audit BANK...}: every question a teacher would not keep for a reason a
 * program can see, one line each (bank, question id, category, the stretch), then the counts.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Find questions with a fault a teacher never keeps: a date answer without a "
        + "year (`no-year`), an unresolved relative time (`relative`), a prompt opening with a "
        + "pronoun that points to nothing before it (`pronoun`), an option or false statement its "
        + "hedge makes true (`hedge`), a prefix letter inside the blank (`prefix`), a footnote mark "
        + "or layout fragment in a prompt (`noise`), mis-decoded letters (`mojibake`).",
        "Prints one tab-separated line per fault: bank, question id, category, the stretch; then "
            + "a count per category. Exit status 0 when none is found, 1 when any is."})
final class BankAuditCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "BANK", arity = "1..*", description = "The bank files to audit.")
  List<Path> banks = new ArrayList<>();

  BankAuditCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    org.factdrill.generate.BankAudit audit = new org.factdrill.generate.BankAudit();
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    int questions = 0;
    for (Path p : banks) {
      org.factdrill.bank.Bank bank;
      try {
        bank = new BankJson().load(p);
      } catch (BankException e) {
        env.err().println("factdrill: bank audit: " + p + ": " + e.getMessage());
        env.err().flush();
        return 2;
      }
      questions += bank.questions().size();
      for (Hit h : audit.audit(p.getFileName().toString(), bank)) {
        env.out().println(h.line());
        counts.merge(h.category(), 1, Integer::sum);
      }
    }
    StringBuilder b = new StringBuilder("questions " + questions + ", faults "
        + counts.values().stream().mapToInt(Integer::intValue).sum());
    for (Category c : Category.values()) {
      b.append(", ").append(c.label()).append(' ').append(counts.getOrDefault(c, 0));
    }
    env.out().println(b);
    env.out().flush();
    return counts.isEmpty() ? 0 : 1;
  }
}
