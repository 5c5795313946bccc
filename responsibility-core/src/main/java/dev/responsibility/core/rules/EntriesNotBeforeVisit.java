package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import java.time.LocalDate;

/** ENTERED_BEFORE_VISIT (R15): a supervision whose entry day is before its visit date. */
public final class EntriesNotBeforeVisit implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.ENTERED_BEFORE_VISIT;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int s = 0; s < ix.entryDay.length; s++) {
      if (ix.entryDay[s] <= ctx.day() && ix.entryDay[s] < ix.visitDay[s]) {
        out.accept(ctx.violation(code())
            .addRecords(ctx.supervisionRef(s))
            .addArguments(ctx.supervisionRef(s).id(), LocalDate.ofEpochDay(ix.entryDay[s]).toString(),
                LocalDate.ofEpochDay(ix.visitDay[s]).toString())
            .build());
      }
    }
  }
}
