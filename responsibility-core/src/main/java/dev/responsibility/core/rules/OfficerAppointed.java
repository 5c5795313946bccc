package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Facts;
import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import dev.responsibility.core.model.StaffRole;

/** OFFICER_MISSING (R16): a business in the base, other than a small operator, with no active officer. */
public final class OfficerAppointed implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.OFFICER_MISSING;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (ctx.inBase(b) && !ix.smallOperator[b] && !Facts.hasActiveStaff(ix, b, StaffRole.OFFICER, ctx.day())) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .addArguments(ix.businesses.id(b), ctx.businessName(b), ctx.asOf().toString())
            .build());
      }
    }
  }
}
