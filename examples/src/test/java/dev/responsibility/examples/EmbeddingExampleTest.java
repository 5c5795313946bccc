package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void findsTheUncoveredBusinessTheMissingDocumentsAndOfficers() {
    assertThat(EmbeddingExample.codes()).containsExactly(
        "UNCOVERED", "MISSING_DOCUMENT", "MISSING_DOCUMENT", "MISSING_DOCUMENT", "OFFICER_MISSING", "OFFICER_MISSING");
    assertThat(EmbeddingExample.violations(Locale.CHINESE)).contains("城关镇河边饭店（B002）");
  }

  @Test
  void mainPrintsOneLinePerViolationInTheLanguageAsked() {
    assertThat(Console.capture(() -> EmbeddingExample.main(new String[0])).lines())
        .hasSize(6).first().asString().startsWith("UNCOVERED  ").contains("B002");
    assertThat(Console.capture(() -> EmbeddingExample.main(new String[] {"zh"})))
        .isEqualTo(EmbeddingExample.violations(Locale.CHINESE) + System.lineSeparator());
  }
}
