package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;

/**
 * INVALID_CREDIT_CODE: a business in the base whose unified social credit code is not valid
 * (GB 32100 alphabet and check character; a small operator may have none).
 */
public final class CreditCodesValid implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.INVALID_CREDIT_CODE;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (ctx.inBase(b) && !ix.creditCodeValid[b]) {
        out.accept(violation(ctx, ctx.dataSet().businesses().get(b).creditCode(), ix.businesses.id(b), ctx.businessName(b)));
      }
    }
  }

  /**
   * The violation for a business's code, worded by what is wrong with it: shared with other
   * evaluators so that they say it the same way.
   *
   * @param ctx builds the violation (code, severity, day), not null
   * @param code the business's credit code, not valid, not null
   * @param id the business's id, not null
   * @param name the business's name, not null
   * @return the violation
   */
  public static Violation violation(ViolationFactory ctx, dev.responsibility.core.model.CreditCode code, String id, String name) {
    return ctx.violation(CheckCode.INVALID_CREDIT_CODE)
        .addRecords(new RecordRef(RecordRef.Kind.BUSINESS, id))
        .variant(code.defect().orElseThrow().name().toLowerCase(java.util.Locale.ROOT))
        .addArguments(id, name, code.value(), code.defectDetail())
        .build();
  }
}
