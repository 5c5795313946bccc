package dev.responsibility.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain that provides consistent generated townships for {@code @ForAll GeneratedDataSet}
 * parameters: use {@code @Domain(Townships.class)} on a property or its class (with
 * {@code @Domain(DomainContext.Global.class)} for the built-in types).
 */
public class Townships extends DomainContextBase {

  @Provide
  Arbitrary<GeneratedDataSet> townships() {
    return DataSetArbitraries.consistent();
  }

  @Provide
  Arbitrary<Fault> faults() {
    return DataSetArbitraries.faults();
  }
}
