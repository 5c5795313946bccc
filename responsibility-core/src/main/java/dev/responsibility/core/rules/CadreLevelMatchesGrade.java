package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Grade;

/**
 * LEVEL_MISMATCH (R6): an active relation of a known business and a known cadre whose level is not
 * the one the policy gives the business's grade (by default A → CITY … D → VILLAGE).
 */
public final class CadreLevelMatchesGrade implements Check {

  private static final CadreLevel[] LEVELS = CadreLevel.values();
  private static final Grade[] GRADES = Grade.values();

  @Override
  public CheckCode code() {
    return CheckCode.LEVEL_MISMATCH;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    ctx.forEachActiveRelationOfKnownRecords((r, b, c) -> {
      Grade grade = GRADES[ix.grade[b]];
      CadreLevel expected = ctx.policy().cadreLevelFor(grade);
      CadreLevel actual = LEVELS[ix.cadreLevel[c]];
      if (actual != expected) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.relationRef(r), ctx.cadreRef(c), ctx.businessRef(b))
            .addArguments(ctx.relationRef(r).id(), ix.cadres.id(c), ctx.cadreName(c), actual.name(),
                ix.businesses.id(b), grade.name(), expected.name(),
                actual.divisionLevel().chineseName(), expected.divisionLevel().chineseName())
            .build());
      }
    });
  }
}
