package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the record mapping, over records of every kind with every optional field present or not. */
class RecordJsonProperties {

  @Property(tries = 300)
  void everyRecordReadsBackAsWritten(@ForAll("records") PlatformRecord record) {
    RecordJson json = new RecordJson(FieldMapping.formatMd());
    ObjectNode written = json.write(record);
    ObjectNode reparsed = Json.parseObject(Json.bytes(written), "test");
    assertThat(json.read(record.kind(), WireObject.root(reparsed, "test"))).isEqualTo(record);
  }

  @Property(tries = 200)
  void everyRecordReadsBackUnderAnyRenaming(@ForAll("records") PlatformRecord record,
      @ForAll("suffixes") String suffix) {
    FieldMapping.Builder builder = FieldMapping.builder();
    for (String field : RecordFields.of(record.kind())) {
      builder.rename(record.kind(), field, field.toUpperCase(java.util.Locale.ROOT) + suffix);
    }
    RecordJson json = new RecordJson(builder.build());
    ObjectNode written = json.write(record);
    assertThat(written.fieldNames()).toIterable().allMatch(n -> n.endsWith(suffix));
    assertThat(json.read(record.kind(), WireObject.root(written, "test"))).isEqualTo(record);
  }

  @Property(tries = 60)
  void everyBatchOfRecordsConformsToTheDocument(@ForAll("batches") List<PlatformRecord> records) {
    Kind kind = records.get(0).kind();
    List<OutboxEntry> entries = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      entries.add(OutboxEntry.pending("k" + i, records.get(i), Records.NOW));
    }
    byte[] body = PushWire.body(entries, new RecordJson(FieldMapping.formatMd()));
    RecordedRequest request = new RecordedRequest("POST", ApiPaths.collection(kind), "",
        Map.of("api-version", List.of("1"), "idempotency-key", List.of(PushWire.requestKey(entries)),
            "content-type", List.of("application/json"), "authorization", List.of("Bearer t")), body);
    assertThat(OpenApiContract.violations(request)).isEmpty();
  }

  @Provide
  Arbitrary<PlatformRecord> records() {
    return Records.any();
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("_x", "名", "-2");
  }

  @Provide
  Arbitrary<List<PlatformRecord>> batches() {
    return Arbitraries.of(Records.businesses(), Records.cadres(), Records.relations(), Records.documents(),
        Records.supervisions(), Records.problems()).flatMap(of -> of.list().ofMinSize(1).ofMaxSize(5));
  }
}
