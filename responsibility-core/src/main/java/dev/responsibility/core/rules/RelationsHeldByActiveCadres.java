package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;

/** INACTIVE_CADRE (R7): an active relation of a known business and a known cadre who is not active. */
public final class RelationsHeldByActiveCadres implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.INACTIVE_CADRE;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    ctx.forEachActiveRelationOfKnownRecords((r, b, c) -> {
      if (!ix.isCadreActive(c, ctx.day())) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.relationRef(r), ctx.cadreRef(c), ctx.businessRef(b))
            .addArguments(ctx.relationRef(r).id(), ix.cadres.id(c), ctx.cadreName(c), ix.businesses.id(b),
                ctx.asOf().toString())
            .build());
      }
    });
  }
}
