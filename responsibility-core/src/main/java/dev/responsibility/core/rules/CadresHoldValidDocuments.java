package dev.responsibility.core.rules;

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
      if (!ix.isCadreActive(c, day) || !holdsActiveRelation(ix, c, day)) {
        continue;
      }
      for (DocumentKind kind : DocumentKind.values()) {
        if (!holdsValid(ix, c, kind, day)) {
          out.accept(ctx.violation(code())
              .addRecords(ctx.cadreRef(c))
              .variant(kind.name())
              .addArguments(ix.cadres.id(c), ctx.cadreName(c), ctx.asOf().toString())
              .build());
        }
      }
    }
  }

  /** Whether a relation naming the cadre and a known business is active on the day. */
  static boolean holdsActiveRelation(Index ix, int cadre, int day) {
    for (int p = ix.relationsByCadre.from(cadre); p < ix.relationsByCadre.to(cadre); p++) {
      int r = ix.relationsByCadre.item(p);
      if (ix.businesses.isKnown(ix.relationBusiness[r]) && ix.isRelationActive(r, day)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsValid(Index ix, int cadre, DocumentKind kind, int day) {
    for (int p = ix.documentsByCadre.from(cadre); p < ix.documentsByCadre.to(cadre); p++) {
      int d = ix.documentsByCadre.item(p);
      if (ix.documentKind[d] == kind.ordinal() && Index.within(day, ix.documentFrom[d], ix.documentThrough[d])) {
        return true;
      }
    }
    return false;
  }
}
