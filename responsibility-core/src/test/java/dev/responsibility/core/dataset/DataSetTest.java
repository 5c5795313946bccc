package dev.responsibility.core.dataset;

import static dev.responsibility.core.Township.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.Supervision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DataSetTest {

  private final Township t = new Township();

  @Test
  void aRepeatedIdIsRefusedNamingTypeAndId() {
    t.extra.add(t.relation);
    assertThatThrownBy(t::dataSet).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
      assertThat(e.type()).contains("GuaranteeRelation");
      assertThat(e.value()).contains("r1");
      assertThat(e.rule()).contains("repeats");
    });
  }

  @Test
  void whenSeveralKindsRepeatAnIdTheFirstKindInTheBuildsOrderIsNamed() {
    // Divisions are checked first, then businesses, then the other kinds.
    t.extra.add(t.business);
    t.extra.add(t.relation);
    assertThatThrownBy(t::dataSet).isInstanceOfSatisfying(InvalidRecordException.class,
        e -> assertThat(e.type()).contains("Business"));

    t.divisions.add(t.divisions.get(0));
    assertThatThrownBy(t::dataSet).isInstanceOfSatisfying(InvalidRecordException.class,
        e -> assertThat(e.type()).contains("Division"));
  }

  @Test
  void aCapacityHintNamesARecordTypeAndACountNotBelowZero() {
    DataSet.Builder b = DataSet.builder();
    assertThatThrownBy(() -> b.ensureCapacity(String.class, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind: java.lang.String is not a record type of a data set");
    assertThatThrownBy(() -> b.ensureCapacity(Supervision.class, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records: -1 is negative");
    // Before any record the texts' room is unknown; the hint still holds every record added.
    b.ensureCapacity(Supervision.class, 1_000).add(t.supervision);
    assertThat(b.build().supervisions()).containsExactly(t.supervision);
  }

  @Test
  void twoStatusChangesOfABusinessOnOneDayAreRefused() {
    t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, DAY));
    t.extra.add(Township.status("b1", OperatingStatus.CLOSED, DAY));
    assertThatThrownBy(t::dataSet).isInstanceOf(InvalidRecordException.class).hasMessageContaining("two status changes");
  }

  @Test
  void anUnknownParentIsRefused() {
    t.divisions.add(Township.division(DivisionCode.of("430102003000"), "x", DivisionLevel.TOWNSHIP,
        DivisionCode.of("439999000000")));
    assertThatThrownBy(t::dataSet).isInstanceOf(InvalidRecordException.class).hasMessageContaining("unknown division");
  }

  @Test
  void aParentCycleIsRefused() {
    DivisionCode a = DivisionCode.of("440000000000");
    DivisionCode b = DivisionCode.of("440100000000");
    t.divisions.add(Township.division(a, "a", DivisionLevel.PROVINCE, b));
    t.divisions.add(Township.division(b, "b", DivisionLevel.CITY, a));
    assertThatThrownBy(t::dataSet).isInstanceOf(InvalidRecordException.class).hasMessageContaining("cycle");
  }

  @Test
  void looksUpByBusinessCadreAndDivisionSubtree() {
    t.extra.add(t.business.withId(BusinessId.of("b2")).withDivision(Township.OTHER_VILLAGE));
    t.extra.add(t.relation.withId(RelationId.of("r2")).withBusiness(BusinessId.of("b2")));
    DataSet ds = t.dataSet();
    assertThat(ds.business(BusinessId.of("b2"))).isPresent();
    assertThat(ds.business(BusinessId.of("zz"))).isEmpty();
    assertThat(ds.relationsOf(CadreId.of("c1"))).extracting(r -> r.id().value()).containsExactly("r1", "r2");
    assertThat(ds.relationsOf(BusinessId.of("b2"))).extracting(r -> r.id().value()).containsExactly("r2");
    assertThat(ds.relationsOf(BusinessId.of("nobody"))).isEmpty();
    assertThat(ds.businessesIn(Township.COUNTY)).extracting(b -> b.id().value()).containsExactly("b1", "b2");
    assertThat(ds.businessesIn(Township.TOWNSHIP)).extracting(b -> b.id().value()).containsExactly("b1");
    assertThat(ds.businessesIn(Township.OTHER_VILLAGE)).extracting(b -> b.id().value()).containsExactly("b2");
    assertThat(ds.cadresIn(Township.COUNTY)).hasSize(1);
    assertThat(ds.cadresIn(Township.OTHER_TOWNSHIP)).isEmpty();
    assertThat(ds.supervisionsOf(BusinessId.of("b1"))).hasSize(1);
    assertThat(ds.staffOf(BusinessId.of("b1"))).hasSize(1);
    assertThat(ds.documentsOf(CadreId.of("c1"))).hasSize(3);
  }

  @Test
  void aBusinessCodedToAnUnknownDivisionIsInNoScopeAndAnUnknownScopeIsAnError() {
    DivisionCode unknown = DivisionCode.of("430102001999");
    t.business = t.business.withDivision(unknown);
    DataSet ds = t.dataSet();
    assertThat(ds.businessesIn(Township.COUNTY)).isEmpty();
    assertThatThrownBy(() -> ds.businessesIn(unknown)).isInstanceOf(dev.responsibility.core.model.UnknownScopeException.class)
        .hasMessageContaining("430102001999");
    assertThatThrownBy(() -> ds.cadresIn(unknown)).isInstanceOf(dev.responsibility.core.model.UnknownScopeException.class);
  }

  @Test
  void statusAndBaseFollowTheLatestChange() {
    t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, LocalDate.of(2023, 7, 1)));
    DataSet ds = t.dataSet();
    assertThat(ds.statusOn(BusinessId.of("b1"), LocalDate.of(2023, 6, 30))).isEqualTo(OperatingStatus.OPERATING);
    assertThat(ds.statusOn(BusinessId.of("b1"), LocalDate.of(2023, 7, 1))).isEqualTo(OperatingStatus.SUSPENDED);
    assertThat(ds.isInBase(BusinessId.of("b1"), LocalDate.of(2023, 7, 1))).isFalse();
    assertThat(ds.isInBase(BusinessId.of("nobody"), DAY)).isFalse();
  }

  @Test
  void rebuildingFromItsOwnRecordsGivesTheSameDataSet() {
    DataSet ds = t.dataSet();
    DataSet copy = DataSet.builder().addAll(ds).build();
    assertThat(copy.businesses()).isEqualTo(ds.businesses());
    assertThat(copy.relations()).isEqualTo(ds.relations());
    assertThat(copy.supervisions()).isEqualTo(ds.supervisions());
    assertThat(copy.toString()).isEqualTo(ds.toString());
  }
}
