package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import dev.responsibility.core.model.Business;

/**
 * INVALID_LICENSE: a business in the base whose licence number does not have its category's form
 * ({@code SC} + 14 digits for producers, {@code JY} + 14 digits for the others, any non-empty
 * text for small operators).
 */
public final class LicensesValidInForm implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.INVALID_LICENSE;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (ctx.inBase(b) && !ix.licenseNumberValid[b]) {
        Business business = ctx.dataSet().businesses().get(b);
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .variant(business.category().licenceForm().name())
            .addArguments(ix.businesses.id(b), business.name(), business.licenseNumber().value(),
                business.category().name(), business.category().chineseName())
            .build());
      }
    }
  }
}
