package dev.responsibility.testkit;

import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The divisions of a generated data set: one province, its cities, counties, townships and about
 * fifteen villages a township, with national 12-digit codes (2 + 2 + 2 + 3 + 3 digits). Cities
 * hold up to 99 counties and counties about fifteen townships, so every code stays well-formed up
 * to {@link DataSetGenerator#MAX_BUSINESSES}. Keeps only what businesses and cadres are placed by.
 */
final class DivisionTree {

  private static final String[][] PROVINCES = {
      {"43", "湖南省"}, {"42", "湖北省"}, {"36", "江西省"}, {"51", "四川省"}, {"41", "河南省"}, {"52", "贵州省"}};
  private static final int TOWNSHIPS_PER_COUNTY = 15;
  private static final int COUNTIES_PER_CITY = 10;
  private static final int MAX_CITIES = 99;

  private final String[] townships;
  private final String[] countyOf;
  private final String[] cityOf;
  private final String[][] villages;

  private DivisionTree(int townshipCount) {
    townships = new String[townshipCount];
    countyOf = new String[townshipCount];
    cityOf = new String[townshipCount];
    villages = new String[townshipCount][];
  }

  /**
   * Makes the tree and sends each division to the sink, every parent before its children.
   *
   * @param townshipCount how many townships, ≥ 1
   */
  static DivisionTree plant(int townshipCount, SplittableRandom random, RecordSink sink) {
    DivisionTree tree = new DivisionTree(townshipCount);
    int counties = ceilDiv(townshipCount, TOWNSHIPS_PER_COUNTY);
    int cities = Math.min(MAX_CITIES, ceilDiv(counties, COUNTIES_PER_CITY));
    String[] province = PROVINCES[random.nextInt(PROVINCES.length)];
    String provinceCode = province[0] + "0000000000";
    emit(sink, provinceCode, province[1], DivisionLevel.PROVINCE, null);

    String[] cityCodes = new String[cities];
    for (int c = 0; c < cities; c++) {
      cityCodes[c] = province[0] + two(c + 1) + "00000000";
      emit(sink, cityCodes[c], ChineseNames.place(random) + "市", DivisionLevel.CITY, provinceCode);
    }
    String[] countyCodes = new String[counties];
    String[] countyCity = new String[counties];
    for (int k = 0; k < counties; k++) {
      int indexInCity = k / cities + 1;
      countyCity[k] = cityCodes[k % cities];
      countyCodes[k] = countyCity[k].substring(0, 4) + two(indexInCity) + "000000";
      // By the national scheme the first numbers of a city are its districts (区), the rest counties (县).
      String suffix = indexInCity <= 2 ? "区" : "县";
      emit(sink, countyCodes[k], ChineseNames.place(random) + suffix, DivisionLevel.COUNTY, countyCity[k]);
    }
    for (int t = 0; t < townshipCount; t++) {
      int k = t % counties;
      int indexInCounty = t / counties + 1;
      // Towns (镇) take 1xx and townships (乡) 2xx in the national scheme.
      boolean town = indexInCounty % 3 != 0;
      String code = countyCodes[k].substring(0, 6) + ((town ? 100 : 200) + indexInCounty) + "000";
      tree.townships[t] = code;
      tree.countyOf[t] = countyCodes[k];
      tree.cityOf[t] = countyCity[k];
      emit(sink, code, ChineseNames.place(random) + (town ? "镇" : "乡"), DivisionLevel.TOWNSHIP, countyCodes[k]);
      int villageCount = 10 + random.nextInt(11);
      tree.villages[t] = new String[villageCount];
      for (int v = 1; v <= villageCount; v++) {
        // Residents' committees (社区) take 0xx, villagers' committees (村) 2xx.
        boolean community = v <= 2;
        String village = code.substring(0, 9) + (community ? "0" : "2") + two(v);
        tree.villages[t][v - 1] = village;
        emit(sink, village, ChineseNames.place(random) + (community ? "社区" : "村"), DivisionLevel.VILLAGE, code);
      }
    }
    return tree;
  }

  int townshipCount() {
    return townships.length;
  }

  String township(int t) {
    return townships[t];
  }

  int villageCount(int t) {
    return villages[t].length;
  }

  String village(int t, int v) {
    return villages[t][v];
  }

  /** The division a cadre of a level serving a business of township {@code t} in {@code village} serves. */
  String divisionFor(CadreLevel level, int t, String village) {
    return switch (level) {
      case CITY -> cityOf[t];
      case COUNTY -> countyOf[t];
      case TOWNSHIP -> townships[t];
      case VILLAGE -> village;
    };
  }

  /** A well-formed village code of township {@code t} that the tree does not hold (village 999). */
  String unknownVillage(int t) {
    return townships[t].substring(0, 9) + "999";
  }

  private static void emit(RecordSink sink, String code, String name, DivisionLevel level, String parent) {
    sink.division(Division.builder().code(DivisionCode.of(code)).name(name).level(level)
        .parentCode(Optional.ofNullable(parent).map(DivisionCode::of)).build());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
