package dev.responsibility.core.chain;

import static dev.responsibility.core.Township.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.policy.SectorAuthority;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResponsibilityChainTest {

  private final Township t = new Township();

  @Test
  void namesTheFourPartiesOfABusiness() {
    t.business = t.business.withCategory(Category.CANTEEN_SCHOOL);
    t.extra.add(Township.staff("s2", StaffRole.PRINCIPAL, LocalDate.of(2020, 1, 1)));
    ResponsibilityChain chain = Responsibility.of(t.dataSet()).chainOf(BusinessId.of("b1"), DAY).orElseThrow();
    assertThat(chain.territorial().guarantors()).containsExactly(CadreId.of("c1"));
    assertThat(chain.regulatory().township()).contains(Township.TOWNSHIP);
    assertThat(chain.departmental().authority()).contains(SectorAuthority.EDUCATION);
    assertThat(chain.enterprise().principals()).hasSize(1);
    assertThat(chain.enterprise().officers()).hasSize(1);
    assertThat(chain.enterprise().directors()).isEmpty();
    assertThat(chain.parties()).extracting(Party::kind).containsExactly(PartyKind.values());
  }

  @Test
  void anUncoveredBusinessInAnUnknownDivisionHasNoGuarantorAndNoKnownRegulator() {
    t.relation = t.relation.withValidTo(DAY.minusDays(1));
    t.business = t.business.withDivision(dev.responsibility.core.model.DivisionCode.of("999999999999"));
    ResponsibilityChain chain = Responsibility.of(t.dataSet()).chainOf(BusinessId.of("b1"), DAY).orElseThrow();
    assertThat(chain.territorial().guarantors()).isEmpty();
    assertThat(chain.regulatory().township()).isEmpty();
    assertThat(chain.departmental().authority()).isEmpty();
  }

  @Test
  void aBusinessCodedToItsTownshipHasThatTownshipsRegulator() {
    t.business = t.business.withDivision(Township.OTHER_TOWNSHIP);
    assertThat(Responsibility.of(t.dataSet()).chainOf(BusinessId.of("b1"), DAY).orElseThrow().regulatory().township())
        .contains(Township.OTHER_TOWNSHIP);
  }

  @Test
  void anUnknownBusinessHasNoChain() {
    assertThat(Responsibility.of(t.dataSet()).chainOf(BusinessId.of("nobody"), DAY)).isEmpty();
  }
}
