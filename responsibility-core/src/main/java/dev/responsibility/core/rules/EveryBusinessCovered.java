package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Facts;
import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;

/** UNCOVERED (R8, 应包尽包): a business in the base with no active relation, to any cadre. */
public final class EveryBusinessCovered implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.UNCOVERED;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (!ctx.inBase(b)) {
        continue;
      }
      if (!Facts.hasActiveRelation(ix, b, ctx.day())) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .addArguments(ix.businesses.id(b), ctx.businessName(b), ctx.asOf().toString())
            .build());
      }
    }
  }
}
