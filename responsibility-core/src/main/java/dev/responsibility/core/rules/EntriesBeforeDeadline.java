package dev.responsibility.core.rules;

import dev.responsibility.core.internal.Index;
import java.util.function.Consumer;
import java.time.LocalDate;

/**
 * LATE_ENTRY (R14): a supervision entered (day of {@code entered_at} in UTC+8) after the entry
 * deadline of the quarter of its visit. Only supervisions entered on or before the day are seen.
 */
public final class EntriesBeforeDeadline implements Check {

  @Override
  public CheckCode code() {
    return CheckCode.LATE_ENTRY;
  }

  @Override
  public void evaluate(CheckContext ctx, Consumer<Violation> out) {
    Index ix = ctx.index();
    for (int s = 0; s < ix.entryDay.length; s++) {
      if (ix.entryDay[s] > ctx.day()) {
        continue;
      }
      int deadline = ctx.entryDeadlineOf(ix.visitDay[s]);
      if (ix.entryDay[s] > deadline) {
        LocalDate visit = LocalDate.ofEpochDay(ix.visitDay[s]);
        out.accept(ctx.violation(code())
            .addRecords(ctx.supervisionRef(s))
            .addArguments(ctx.supervisionRef(s).id(), LocalDate.ofEpochDay(ix.entryDay[s]).toString(),
                visit.toString(), LocalDate.ofEpochDay(deadline).toString(),
                visit.getYear() + " Q" + ((visit.getMonthValue() + 2) / 3))
            .build());
      }
    }
  }
}
