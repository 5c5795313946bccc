package dev.responsibility.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules between modules, checked over every module's classes on this classpath. */
@AnalyzeClasses(packages = "dev.responsibility", importOptions = ImportOption.DoNotIncludeTests.class)
class ModulesArchitectureTest {

  private static final String[] ADAPTERS = {
      "dev.responsibility.adapters.files..", "dev.responsibility.adapters.jdbc..", "dev.responsibility.adapters.rest.."};

  @ArchTest
  static final ArchRule core_depends_on_no_adapter = noClasses()
      .that().resideInAPackage("dev.responsibility.core..")
      .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
      .because("adapters depend on the core, never the other way round");

  @ArchTest
  static final ArchRule jdbc_adapter_stands_alone = noClasses()
      .that().resideInAPackage("dev.responsibility.adapters.jdbc..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.responsibility.adapters.files..", "dev.responsibility.adapters.rest..", "dev.responsibility.core.internal..")
      .allowEmptyShould(true)
      .because("adapters never import each other or the core's internals; the examples wire them");

  @ArchTest
  static final ArchRule rest_adapter_stands_alone = noClasses()
      .that().resideInAPackage("dev.responsibility.adapters.rest..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.responsibility.adapters.files..", "dev.responsibility.adapters.jdbc..", "dev.responsibility.core.internal..")
      .allowEmptyShould(true)
      .because("adapters never import each other or the core's internals; the examples wire them");

  @ArchTest
  static final ArchRule files_adapter_stands_alone = noClasses()
      .that().resideInAPackage("dev.responsibility.adapters.files..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.responsibility.adapters.jdbc..", "dev.responsibility.adapters.rest..", "dev.responsibility.core.internal..")
      .allowEmptyShould(true)
      .because("adapters never import each other or the core's internals; the examples wire them");

  @ArchTest
  static final ArchRule testkit_uses_only_the_api = noClasses()
      .that().resideInAPackage("dev.responsibility.testkit..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.responsibility.core.internal..")
      .allowEmptyShould(true)
      .because("integrators use the testkit against the public API");
}
