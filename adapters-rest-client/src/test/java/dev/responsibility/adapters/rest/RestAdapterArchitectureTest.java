package dev.responsibility.adapters.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packagesOf = RestPlatformGateway.class, importOptions = ImportOption.DoNotIncludeTests.class)
class RestAdapterArchitectureTest {

  @ArchTest
  static final ArchRule uses_only_the_core_api_the_jdk_jackson_slf4j_and_bouncy_castle = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage("dev.responsibility.adapters.rest..",
          "dev.responsibility.core.model..", "dev.responsibility.core.port..", "java..", "javax.net.ssl..",
          "javax.crypto..", "com.fasterxml.jackson..", "org.slf4j..", "org.bouncycastle..")
      .because("the adapter speaks to the core through its ports and carries few dependencies");

  @ArchTest
  static final ArchRule bouncy_castle_is_reached_only_through_sm3 = noClasses()
      .that().doNotHaveSimpleName("Sm3")
      .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
      .because("Bouncy Castle is optional: only an embedder who signs with SM3 needs it");

  @ArchTest
  static final ArchRule nothing_prints_to_the_console = noClasses()
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("a library logs through SLF4J, and never its secrets");

  @ArchTest
  static final ArchRule the_http_client_is_the_transports_alone = noClasses()
      .that().doNotHaveSimpleName("Transport").and().doNotHaveSimpleName("RestPlatformGateway")
      .should().dependOnClassesThat().haveFullyQualifiedName("java.net.http.HttpClient")
      .because("one place sends requests: rate limit, version header and signature are never skipped");
}
