package dev.responsibility.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packagesOf = Responsibility.class, importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_uses_only_jdk_immutables_and_slf4j = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.responsibility.core..", "java..", "org.immutables.value..", "org.slf4j..")
      .because("embedders must not inherit our dependencies");

  @ArchTest
  static final ArchRule core_does_no_io = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.nio.channels..")
      .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccess|Console|PrintStream).*")
      .because("the core is a pure domain model; files, databases and networks belong to the adapters");

  @ArchTest
  static final ArchRule only_the_calendar_reads_its_bundled_table = noClasses()
      .that().doNotHaveFullyQualifiedName("dev.responsibility.core.calendar.WorkingDayCalendar")
      .should().dependOnClassesThat().resideInAPackage("java.io..")
      .because("the core reads only its own classpath resources (the holiday table), never the file system");

  @ArchTest
  static final ArchRule core_knows_no_json = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
      .because("JSON mapping lives in the adapters");

  @ArchTest
  static final ArchRule core_never_prints = noClasses()
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("a library logs through SLF4J or returns values; it never prints");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles = slices()
      .matching("dev.responsibility.core.(*)..").should().beFreeOfCycles()
      .because("each package must be understandable from the ones below it");

  @ArchTest
  static final ArchRule model_is_the_bottom = classes()
      .that().resideInAPackage("dev.responsibility.core.model..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.responsibility.core.model..", "java..", "org.immutables.value..")
      .because("the value types depend on nothing else in the core");

  @ArchTest
  static final ArchRule ports_depend_only_on_the_model = classes()
      .that().resideInAPackage("dev.responsibility.core.port..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.responsibility.core.port..", "dev.responsibility.core.model..", "java..")
      .because("an integrator implements a port knowing the value types only");

  @ArchTest
  static final ArchRule nothing_depends_on_the_facade = noClasses()
      .that().resideOutsideOfPackage("dev.responsibility.core")
      .should().dependOnClassesThat().resideInAPackage("dev.responsibility.core")
      .because("the root holds only the facade, which sits on top of everything");
}
