package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;

/** DOUBLE_RELATION (R7, 一一对应): a known business, in the base or not, with two or more active relations. */
public final class OneActiveRelationPerBusiness implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.DOUBLE_RELATION;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      List<RecordRef> active = new ArrayList<>(2);
      for (int p = ix.relationsByBusiness.from(b); p < ix.relationsByBusiness.to(b); p++) {
        int r = ix.relationsByBusiness.item(p);
        if (ix.isRelationActive(r, ctx.day())) {
          active.add(ctx.relationRef(r));
        }
      }
      if (active.size() >= 2) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .addAllRecords(active)
            .addArguments(ix.businesses.id(b), ctx.businessName(b), String.valueOf(active.size()),
                CheckContext.ids(active), ctx.asOf().toString())
            .build());
      }
    }
  }
}
