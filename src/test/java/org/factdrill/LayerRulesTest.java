package org.factdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may depend on what: UI and CLI libraries stay in their packages; the core stays pure. */
class LayerRulesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.factdrill");
  }

  @Test
  void onlyTuiImportsLanterna() {
    noClasses().that().resideOutsideOfPackage("org.factdrill.tui..")
        .should().dependOnClassesThat().resideInAPackage("com.googlecode.lanterna..")
        .check(classes);
  }

  @Test
  void onlyCliImportsPicocli() {
    noClasses().that().resideOutsideOfPackage("org.factdrill.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void coreDoesNotDependOnStoreTuiOrCli() {
    noClasses().that().resideInAnyPackage("org.factdrill.srs..", "org.factdrill.extract..",
            "org.factdrill.generate..", "org.factdrill.bank..", "org.factdrill.text..")
        .should().dependOnClassesThat().resideInAnyPackage("org.factdrill.store..",
            "org.factdrill.tui..", "org.factdrill.cli..")
        .check(classes);
  }

  @Test
  void schedulerIsPure() {
    noClasses().that().resideInAPackage("org.factdrill.srs..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio.file..")
        .check(classes);
  }

  @Test
  void nothingButTheCliDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("org.factdrill.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.factdrill.cli..")
        .check(classes);
  }

  @Test
  void onlyStoreSpeaksJdbcOrSqlite() {
    // The database is reached through store's tables and ProgressQueries only, so a second
    // dialect (PostgreSQL) changes one package.
    noClasses().that().resideOutsideOfPackage("org.factdrill.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
            "org.sqlite..")
        .check(classes);
  }

  @Test
  void onlyBankAndStoreHandleJsonTrees() {
    // Banks are typed records once BankJson has read them; a JSON tree elsewhere would be a
    // second, untyped model of the same data (issue 18).
    noClasses().that().resideOutsideOfPackages("org.factdrill.bank..", "org.factdrill.store..")
        .should().dependOnClassesThat()
        .haveFullyQualifiedName("com.fasterxml.jackson.databind.JsonNode")
        .check(classes);
  }

  @Test
  void theTuiNeitherWritesTheBankNorWiresTheScheduler() {
    // The composition root (cli) hands the TUI a BankSaver and a SessionFactory.
    noClasses().that().resideInAPackage("org.factdrill.tui..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.factdrill.bank.BankJson")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.factdrill.srs.FsrsScheduler")
        .check(classes);
  }
}
