package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;

/** DANGLING_RELATION (R7): a relation, active or not, naming an unknown cadre or business. */
public final class RelationsNameKnownRecords implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.DANGLING_RELATION;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int r = 0; r < ix.relationCadre.length; r++) {
      boolean cadreKnown = ix.cadres.isKnown(ix.relationCadre[r]);
      boolean businessKnown = ix.businesses.isKnown(ix.relationBusiness[r]);
      if (cadreKnown && businessKnown) {
        continue;
      }
      ImmutableViolation.Builder v = ctx.violation(code()).addRecords(ctx.relationRef(r));
      if (!cadreKnown) {
        v.addRecords(ctx.cadreRef(ix.relationCadre[r]));
      }
      if (!businessKnown) {
        v.addRecords(ctx.businessRef(ix.relationBusiness[r]));
      }
      out.accept(v.variant(cadreKnown ? "business" : businessKnown ? "cadre" : "both")
          .addArguments(ctx.relationRef(r).id(), ix.cadres.id(ix.relationCadre[r]),
              ix.businesses.id(ix.relationBusiness[r]))
          .build());
    }
  }
}
