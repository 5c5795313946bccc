package dev.responsibility.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DirectorMandateTest {

  private static final DirectorMandate MANDATE = DirectorMandate.defaults();

  @ParameterizedTest(name = "{0} {1} diners={2} on {3} → {4}")
  @CsvSource({
      "CANTEEN_KINDERGARTEN, SMALL, 299, 2023-06-30, false",
      "CANTEEN_KINDERGARTEN, SMALL, 300, 2023-06-30, true",
      "CANTEEN_SCHOOL, SMALL, 499, 2023-06-30, false",
      "CANTEEN_SCHOOL, SMALL, 500, 2023-06-30, true",
      "CANTEEN_OTHER, MICRO, 999, 2023-06-30, false",
      "CANTEEN_OTHER, MICRO, 1000, 2023-06-30, true",
      "CANTEEN_ELDERLY_CARE, SMALL, 300, 2025-04-14, false",
      "CANTEEN_ELDERLY_CARE, SMALL, 999, 2025-04-14, false",
      "CANTEEN_ELDERLY_CARE, SMALL, 1000, 2025-04-14, true",
      "CANTEEN_ELDERLY_CARE, SMALL, 299, 2025-04-15, false",
      "CANTEEN_ELDERLY_CARE, SMALL, 300, 2025-04-15, true",
      "MEAL_DISTRIBUTOR, SMALL, 1001, 2025-04-14, false",
      "MEAL_DISTRIBUTOR, SMALL, 1000, 2025-04-15, false",
      "MEAL_DISTRIBUTOR, SMALL, 1001, 2025-04-15, true",
      "MEAL_DISTRIBUTOR, MEDIUM, 0, 2023-06-30, true",
      "SPECIAL_FOOD_PRODUCER, MICRO, 0, 2023-06-30, true",
      "FOOD_PRODUCER, LARGE, 0, 2023-06-30, true",
      "FOOD_PRODUCER, SMALL, 0, 2023-06-30, false",
      "FOOD_SELLER, MEDIUM, 0, 2023-06-30, true",
      "CATERER, MICRO, 5000, 2023-06-30, false",
      "CHAIN_CATERING_HQ, MICRO, 0, 2023-06-30, true",
      "CHAIN_RETAIL_HQ, SMALL, 0, 2026-01-01, true",
      "SMALL_WORKSHOP, LARGE, 0, 2023-06-30, false",
      "VENDOR, LARGE, 9999, 2026-01-01, false"})
  void followsFormatsThresholdsAndSwitchDay(Category category, BusinessSize size, int diners, LocalDate day, boolean mandatory) {
    assertThat(MANDATE.isMandatory(category, size, diners, day)).isEqualTo(mandatory);
  }

  @Test
  void aProvinceMayAddItsOwnVersion() {
    DirectorMandateVersion local = DirectorMandateVersion.builder().from(DirectorMandate.revision2025())
        .name("LOCAL-2026").effectiveFrom(LocalDate.of(2026, 1, 1))
        .dinersAtLeast(Map.of(Category.CANTEEN_OTHER, 500)).build();
    DirectorMandate mandate = DirectorMandate.of(List.of(DirectorMandate.order60(), DirectorMandate.revision2025(), local));
    assertThat(mandate.isMandatory(Category.CANTEEN_OTHER, BusinessSize.SMALL, 500, LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(mandate.isMandatory(Category.CANTEEN_OTHER, BusinessSize.SMALL, 500, LocalDate.of(2026, 1, 1))).isTrue();
  }

  @Test
  void versionsMustCoverEveryDay() {
    assertThatThrownBy(() -> DirectorMandate.of(List.of(DirectorMandate.revision2025())))
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("LocalDate.MIN");
  }

  @Test
  void policyDefaultsAndOverrides() {
    Policy p = Policy.defaults();
    assertThat(p.cadreLevelFor(Grade.A)).isEqualTo(CadreLevel.CITY);
    assertThat(p.cadreLevelFor(Grade.D)).isEqualTo(CadreLevel.VILLAGE);
    assertThat(p.sectorAuthorityOf(Category.CANTEEN_SCHOOL)).contains(SectorAuthority.EDUCATION);
    assertThat(p.sectorAuthorityOf(Category.CATERER)).isEmpty();
    assertThat(p.supervisionsPerQuarter()).containsEntry(Grade.A, 1);
    Policy relaxed = Policy.builder().onSiteRequiredForHighRisk(false)
        .gradeLevels(Map.of(Grade.A, CadreLevel.COUNTY, Grade.B, CadreLevel.COUNTY, Grade.C, CadreLevel.TOWNSHIP,
            Grade.D, CadreLevel.VILLAGE)).build();
    assertThat(relaxed.cadreLevelFor(Grade.A)).isEqualTo(CadreLevel.COUNTY);
    assertThatThrownBy(() -> Policy.builder().gradeLevels(Map.of(Grade.A, CadreLevel.CITY)).build())
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("grade B");
  }
}
