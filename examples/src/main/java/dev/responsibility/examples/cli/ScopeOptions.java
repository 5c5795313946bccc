package dev.responsibility.examples.cli;

import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** {@code --quarter N} and {@code --scope DIVISION_CODE}: what part of the data set and year a command asks about. */
final class ScopeOptions {

  @Option(names = "--quarter", paramLabel = "N", description = "quarter 1-4 of the day's year")
  private Integer quarter;

  @Option(names = "--scope", paramLabel = "DIVISION_CODE", description = "only this division and below (12-digit code)")
  private String scope;

  /** @return the quarter asked for, if any */
  OptionalInt quarter() {
    return quarter == null ? OptionalInt.empty() : OptionalInt.of(quarter);
  }

  /**
   * @param asOf the day
   * @param defaultQuarter the quarter when none is asked for, or empty for none
   * @return the query: the day, the quarter, the scope
   * @throws UserInputException if the quarter is not 1–4 or the scope is not a division code
   */
  MetricQuery query(LocalDate asOf, OptionalInt defaultQuarter, Ui ui) {
    MetricQuery query = MetricQuery.asOf(asOf);
    OptionalInt q = quarter().isPresent() ? quarter() : defaultQuarter;
    if (q.isPresent()) {
      if (q.getAsInt() < 1 || q.getAsInt() > 4) {
        throw new UserInputException(ui.text("error.quarter", q.getAsInt()));
      }
      query = query.withQuarter(q.getAsInt());
    }
    if (scope != null) {
      try {
        query = query.inScope(DivisionCode.of(scope.strip()));
      } catch (InvalidRecordException e) {
        throw new UserInputException(ui.text("error.scopeForm", scope, e.rule()), e);
      }
    }
    return query;
  }
}
