package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One instance per value read, looked up by the cell's text, whichever file and thread reads it. */
class InternerTest {

  @Test
  void theSameTextGivesTheSameInstanceMadeOnce() {
    Interner interner = new Interner();
    BusinessId first = interner.shared(Interner.BUSINESS, new String("B0001"));
    BusinessId again = interner.shared(Interner.BUSINESS, new String("B0001"));

    assertThat(again).isSameAs(first).isEqualTo(BusinessId.of("B0001"));
    assertThat(interner.shared(Interner.BUSINESS, "B0002")).isNotEqualTo(first);
  }

  @Test
  void eachKindHasItsOwnValuesForTheSameText() {
    Interner interner = new Interner();
    BusinessId business = interner.shared(Interner.BUSINESS, "X1");
    CadreId cadre = interner.shared(Interner.CADRE, "X1");

    assertThat(business).isEqualTo(BusinessId.of("X1"));
    assertThat(cadre).isEqualTo(CadreId.of("X1"));
    assertThat(interner.shared(Interner.CADRE, "X1")).isSameAs(cadre);
  }

  @Test
  void aTextTheKindRefusesIsRefusedEachTimeAndNotKept() {
    Interner interner = new Interner();

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> interner.shared(Interner.DIVISION, " "))
          .isInstanceOf(InvalidRecordException.class);
    }
  }

  @Test
  void noneMakesEachValueAsItIsRead() {
    BusinessId first = Interner.NONE.shared(Interner.BUSINESS, "B0001");

    assertThat(Interner.NONE.shared(Interner.BUSINESS, "B0001")).isEqualTo(first).isNotSameAs(first);
    assertThatThrownBy(() -> Interner.NONE.shared(Interner.DIVISION, " ")).isInstanceOf(InvalidRecordException.class);
    LocalDate day = LocalDate.of(2023, 3, 5);
    assertThat(Interner.NONE.shared(day)).isSameAs(day);
  }

  @Test
  void daysAreShared() {
    Interner interner = new Interner();
    LocalDate day = interner.shared(LocalDate.of(2023, 3, 5));

    assertThat(interner.shared(LocalDate.parse("2023-03-05"))).isSameAs(day);
  }

  @Test
  void threadsReadingAtOnceGetOneInstancePerText() throws Exception {
    Interner interner = new Interner();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<BusinessId>>> reads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Callable<List<BusinessId>> read = () -> {
          List<BusinessId> ids = new ArrayList<>();
          for (int i = 0; i < 10_000; i++) {
            ids.add(interner.shared(Interner.BUSINESS, "B" + i));
          }
          return ids;
        };
        reads.add(pool.submit(read));
      }
      List<BusinessId> first = reads.get(0).get();
      for (Future<List<BusinessId>> other : reads) {
        List<BusinessId> ids = other.get();
        for (int i = 0; i < ids.size(); i++) {
          assertThat(ids.get(i)).isSameAs(first.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
