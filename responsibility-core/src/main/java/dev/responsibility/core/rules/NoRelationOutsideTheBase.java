package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;

/**
 * STALE_RELATION (R5): an active relation of a known business that is not in the base (its
 * licence is not valid, or it is suspended or closed). It is flagged, never silently ended.
 */
public final class NoRelationOutsideTheBase implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.STALE_RELATION;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int r = 0; r < ix.relationBusiness.length; r++) {
      int b = ix.relationBusiness[r];
      if (ix.businesses.isKnown(b) && ix.isRelationActive(r, ctx.day()) && !ctx.inBase(b)) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.relationRef(r), ctx.businessRef(b))
            .addArguments(ctx.relationRef(r).id(), ix.businesses.id(b), ctx.businessName(b), ctx.asOf().toString())
            .build());
      }
    }
  }
}
