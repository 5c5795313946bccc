package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Facts;
import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.policy.DirectorMandateVersion;

/**
 * DIRECTOR_MISSING (R16): a business in the base that must appoint a food-safety director on the
 * day (under the mandate version then in force) and has no active director.
 */
public final class DirectorAppointed implements Check {

  private static final Category[] CATEGORIES = Category.values();
  private static final BusinessSize[] SIZES = BusinessSize.values();

  @Override
  public CheckCode code() {
    return CheckCode.DIRECTOR_MISSING;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    DirectorMandateVersion mandate = ctx.policy().directorMandate().versionOn(ctx.asOf());
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (ctx.inBase(b)
          && mandate.isMandatory(CATEGORIES[ix.category[b]], SIZES[ix.size[b]], ix.diners[b])
          && !Facts.hasActiveStaff(ix, b, StaffRole.DIRECTOR, ctx.day())) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.businessRef(b))
            .addArguments(ix.businesses.id(b), ctx.businessName(b), ctx.asOf().toString(), mandate.name(),
                CATEGORIES[ix.category[b]].name(), SIZES[ix.size[b]].name(), Integer.toString(ix.diners[b]),
                CATEGORIES[ix.category[b]].chineseName(), SIZES[ix.size[b]].chineseName())
            .build());
      }
    }
  }
}
