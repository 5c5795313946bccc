package dev.responsibility.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packagesOf = DataSetGenerator.class, importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule testkit_uses_only_the_core_api = noClasses()
      .should().dependOnClassesThat().resideInAPackage("dev.responsibility.core.internal..")
      .because("integrators use the testkit against the public API, whose internals may change");

  @ArchTest
  static final ArchRule testkit_prints_nothing = noClasses()
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("a test library reports through its return values and jqwik, not the console");

  @ArchTest
  static final ArchRule testkit_needs_only_core_jqwik_and_the_jdk = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
      .classes().should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.responsibility..", "java..", "net.jqwik.api..")
      .because("integrators get nothing on their test classpath but core and jqwik's API");
}
