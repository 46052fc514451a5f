package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.BankJson;
import org.junit.jupiter.api.Test;

/**
 * None of the faults {@link BankAudit} finds (a yearless date answer, an unresolved relative
 * time, a dangling pronoun, a hedge-true option or statement, a prefix in the blank, layout in a
 * prompt, mis-decoded letters) is in the committed seed bank. (Banks made from the corpus are
 * audited by {@code scripts/bank-audit-corpus dev}: it generates every dev text, too long here.)
 */
class SeedBankAuditTest {
  private static Path home() {
    return Path.of(System.getProperty("factdrill.home", "."));
  }

  @Test
  void theCommittedSeedBankHasNoAuditFault() throws Exception {
    Path committed = home().resolve("question-banks").resolve("seeds.json");
    List<BankAudit.Hit> hits = new BankAudit().audit("seeds.json", new BankJson().load(committed));
    assertEquals("", hits.stream().map(BankAudit.Hit::line).collect(Collectors.joining("\n")));
  }
}
