package dev.responsibility.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain of generated townships: consistent {@link GeneratedDataSet}s of 1 to 60
 * businesses on any day of 2023 to 2026, and {@link Fault}s. Use {@code @Domain(Townships.class)}
 * on a property or its container, adding {@code @Domain(DomainContext.Global.class)} when other
 * parameters need jqwik's built-in types.
 *
 * <pre>{@code
 * @Property
 * @Domain(Townships.class)
 * void aFaultYieldsItsViolation(@ForAll GeneratedDataSet township, @ForAll Fault fault) { … }
 * }</pre>
 */
public class Townships extends DomainContextBase {

  /** Creates the domain; jqwik does so for {@code @Domain(Townships.class)}. */
  public Townships() {}

  /** @return consistent townships, as {@link DataSetArbitraries#consistent()} */
  @Provide
  Arbitrary<GeneratedDataSet> townships() {
    return DataSetArbitraries.consistent();
  }

  /** @return any fault, as {@link DataSetArbitraries#faults()} */
  @Provide
  Arbitrary<Fault> faults() {
    return DataSetArbitraries.faults();
  }
}
