package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;

/**
 * OUT_OF_JURISDICTION (R4): an active relation of a known business and a known cadre, the
 * business's division being neither the cadre's division nor below it. A division missing from
 * the data set is below nothing.
 */
public final class CadreGuaranteesWithinJurisdiction implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.OUT_OF_JURISDICTION;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    ctx.forEachActiveRelationOfKnownRecords((r, b, c) -> {
      if (!ix.isAtOrBelow(ix.businessDivision[b], ix.cadreDivision[c])) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.relationRef(r), ctx.cadreRef(c), ctx.businessRef(b))
            .addArguments(ctx.relationRef(r).id(), ix.cadres.id(c), ctx.cadreName(c),
                ix.divisions.id(ix.cadreDivision[c]), ix.businesses.id(b), ix.divisions.id(ix.businessDivision[b]))
            .build());
      }
    });
  }
}
