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
        String code = ctx.dataSet().businesses().get(b).creditCode().value();
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .variant(code.isEmpty() ? "empty" : "invalid")
            .addArguments(ix.businesses.id(b), ctx.businessName(b), code)
            .build());
      }
    }
  }
}
