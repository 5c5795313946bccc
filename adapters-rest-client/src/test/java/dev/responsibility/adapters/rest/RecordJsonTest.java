package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records on the wire: FORMAT.md's names and ISO dates by default, renamed through a FieldMapping. */
class RecordJsonTest {

  static final RecordJson DEFAULT = new RecordJson(FieldMapping.formatMd());

  static String json(RecordJson json, PlatformRecord r) {
    return new String(Json.bytes(json.write(r)), StandardCharsets.UTF_8);
  }

  @Test
  void eachKindIsWrittenWithFormatMdNamesInFormatMdOrder() {
    List<PlatformRecord> records = Records.oneOfEach("X");
    List<String> expected = List.of("{\"id\":\"X1\",\"name\":\"城关镇第一小学食堂\","
        + "\"credit_code\":\"91330100799655058B\",\"license_no\":\"JY14301020000001\",\"license_issued\":\"2021-03-01\","
        + "\"license_expires\":\"2026-02-28\",\"category\":\"CANTEEN_SCHOOL\",\"size\":\"MEDIUM\",\"grade\":\"B\","
        + "\"division_code\":\"430102001000\",\"diners\":850,\"high_risk\":true}",
        "{\"id\":\"X2\",\"name\":\"张伟\",\"level\":\"TOWNSHIP\",\"division_code\":\"430102001000\",\"post\":\"副镇长\","
            + "\"active_from\":\"2023-01-01\",\"phone\":\"13812345678\"}",
        "{\"id\":\"X3\",\"cadre_id\":\"C01\",\"business_id\":\"B001\",\"valid_from\":\"2023-01-01\","
            + "\"valid_to\":\"2023-12-31\"}",
        "{\"id\":\"X4\",\"cadre_id\":\"C01\",\"kind\":\"COMMITMENT_LETTER\",\"signed_on\":\"2023-02-01\","
            + "\"scan_sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}",
        "{\"id\":\"X5\",\"cadre_id\":\"C01\",\"business_id\":\"B001\",\"visit_date\":\"2023-06-14\","
            + "\"entered_at\":\"2023-06-15T10:00:00+08:00\",\"mode\":\"ON_SITE\",\"problems_found\":2}",
        "{\"id\":\"X6\",\"supervision_id\":\"V01\",\"business_id\":\"B001\",\"found_on\":\"2023-06-14\","
            + "\"referred_on\":\"2023-06-15\"}");
    for (int i = 0; i < records.size(); i++) {
      assertThat(json(DEFAULT, records.get(i))).isEqualTo(expected.get(i));
    }
    for (PlatformRecord r : records) {
      assertThat(DEFAULT.write(r).fieldNames()).toIterable().isSubsetOf(RecordFields.of(r.kind()));
    }
  }

  @Test
  void absentOptionalsAreOmittedAndReadBackFromAbsentNullOrEmpty() {
    PlatformRecord cadre = PlatformRecord.of(dev.responsibility.core.model.Cadre.builder().from(Records.cadre("C9"))
        .post(Optional.empty()).phone(Optional.empty()).build());
    ObjectNode node = DEFAULT.write(cadre);
    assertThat(node.has("post")).isFalse();
    assertThat(DEFAULT.read(Kind.CADRE, WireObject.root(node, "test"))).isEqualTo(cadre);
    node.putNull("post").put("phone", "");
    assertThat(DEFAULT.read(Kind.CADRE, WireObject.root(node, "test"))).isEqualTo(cadre);
  }

  @Test
  void aRenamedMappingWritesAndReadsThePlatformsNames() {
    FieldMapping mapping = FieldMapping.builder().rename("division_code", "area_code")
        .rename(Kind.BUSINESS, "credit_code", "uscc").build();
    RecordJson json = new RecordJson(mapping);
    PlatformRecord business = Records.oneOfEach("R").get(0);
    ObjectNode node = json.write(business);
    assertThat(node.has("uscc")).isTrue();
    assertThat(node.has("area_code")).isTrue();
    assertThat(node.has("credit_code")).isFalse();
    assertThat(json.read(Kind.BUSINESS, WireObject.root(node, "test"))).isEqualTo(business);
    assertThat(json.write(Records.oneOfEach("R").get(1)).has("area_code")).isTrue();
  }

  @Test
  void aMappingMayWriteDatesItsOwnWay() {
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    FieldMapping compact = new FieldMapping() {
      @Override
      public String wireName(Kind kind, String field) {
        return field;
      }

      @Override
      public String formatDate(LocalDate day) {
        return basic.format(day);
      }

      @Override
      public LocalDate parseDate(String text) {
        return LocalDate.parse(text, basic);
      }
    };
    RecordJson json = new RecordJson(compact);
    PlatformRecord relation = Records.oneOfEach("D").get(2);
    assertThat(json.write(relation).get("valid_from").textValue()).isEqualTo("20230101");
    assertThat(json.read(Kind.RELATION, WireObject.root(json.write(relation), "test"))).isEqualTo(relation);
  }

  @Test
  void mappingsThatWouldNotReadBackAreRefused() {
    assertThatThrownBy(() -> FieldMapping.builder().rename(Kind.BUSINESS, "name", "id").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same wire name 'id'");
    assertThatThrownBy(() -> FieldMapping.builder().rename(Kind.CADRE, "credit_code", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field 'credit_code'");
    assertThatThrownBy(() -> FieldMapping.builder().rename("nickname", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no record kind");
    FieldMapping collapsing = (kind, field) -> "same";
    assertThatThrownBy(() -> RestPlatformGateway.builder(java.net.URI.create("https://platform.example.cn"),
        RequestSigner.none()).fieldMapping(collapsing)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCoresAttributeNamesMapToFormatMdNames() {
    assertThat(RecordJson.snakeCase("licenseExpires")).isEqualTo("license_expires");
    assertThat(RecordJson.snakeCase("problemsFound")).isEqualTo("problems_found");
    assertThat(RecordJson.snakeCase("name")).isEqualTo("name");
  }
}
