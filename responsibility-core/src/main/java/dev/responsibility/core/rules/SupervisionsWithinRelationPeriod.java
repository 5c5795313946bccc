package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import java.time.LocalDate;

/**
 * OUT_OF_PERIOD (R15): a supervision on no relation of the same cadre and business (by id, known
 * or not) active on its visit date.
 */
public final class SupervisionsWithinRelationPeriod implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.OUT_OF_PERIOD;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int s = 0; s < ix.entryDay.length; s++) {
      if (ix.entryDay[s] > ctx.day()) {
        continue;
      }
      int b = ix.supervisionBusiness[s];
      int c = ix.supervisionCadre[s];
      boolean onRelation = false;
      for (int p = ix.relationsByBusiness.from(b); p < ix.relationsByBusiness.to(b) && !onRelation; p++) {
        int r = ix.relationsByBusiness.item(p);
        onRelation = ix.relationCadre[r] == c && ix.isRelationActive(r, ix.visitDay[s]);
      }
      if (!onRelation) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.supervisionRef(s), ctx.cadreRef(c), ctx.businessRef(b))
            .addArguments(ctx.supervisionRef(s).id(), ix.cadres.id(c), ix.businesses.id(b),
                LocalDate.ofEpochDay(ix.visitDay[s]).toString())
            .build());
      }
    }
  }
}
