package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;

/**
 * DUPLICATE_CREDIT_CODE: a business in the base whose non-empty credit code another business in
 * the base also has. Each sharing business is counted once.
 */
public final class CreditCodesUnique implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.DUPLICATE_CREDIT_CODE;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      int group = ix.creditGroup[b];
      if (group < 0 || !ctx.inBase(b)) {
        continue;
      }
      List<RecordRef> others = new ArrayList<>();
      for (int p = ix.creditGroups.from(group); p < ix.creditGroups.to(group); p++) {
        int other = ix.creditGroupMember(p);
        if (other != b && ctx.inBase(other)) {
          others.add(ctx.businessRef(other));
        }
      }
      if (!others.isEmpty()) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .addAllRecords(others)
            .addArguments(ix.businesses.id(b), ctx.businessName(b),
                ctx.dataSet().businesses().get(b).creditCode().value(), CheckContext.ids(others))
            .build());
      }
    }
  }
}
