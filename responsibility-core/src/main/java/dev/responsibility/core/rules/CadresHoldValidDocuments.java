package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Facts;
import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import dev.responsibility.core.model.DocumentKind;

/**
 * MISSING_DOCUMENT (R10, 三清单一承诺书): one violation per (cadre, kind) where an active cadre
 * holding an active relation (to a known business) has no document of that kind valid on the day.
 */
public final class CadresHoldValidDocuments implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.MISSING_DOCUMENT;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    int day = ctx.day();
    for (int c = 0; c < ix.cadres.knownCount(); c++) {
      if (!ix.isCadreActive(c, day) || !Facts.holdsActiveRelation(ix, c, day)) {
        continue;
      }
      for (DocumentKind kind : DocumentKind.values()) {
        if (!Facts.holdsValidDocument(ix, c, kind, day)) {
          out.accept(ctx.violation(code())
              .addRecords(ctx.cadreRef(c))
              .variant(kind.name())
              .addArguments(ix.cadres.id(c), ctx.cadreName(c), ctx.asOf().toString())
              .build());
        }
      }
    }
  }
}
