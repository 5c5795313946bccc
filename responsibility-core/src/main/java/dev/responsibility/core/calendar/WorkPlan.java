package dev.responsibility.core.calendar;

import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One year's work plan (年度工作方案): four quarters with due days and entry deadlines, the day
 * commitment letters are renewed (R11), and milestones. A province or township loads its own;
 * {@link WorkPlans#defaults()} ships the seed's 2023 plan. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkPlan {

  /** @return the year */
  public abstract int year();

  /** @return the four quarters, in order 1 to 4 */
  public abstract List<QuarterPlan> quarters();

  /** @return the day commitment letters of the year are due, when the plan sets one */
  public abstract Optional<LocalDate> commitmentRenewalDue();

  /** @return the milestones, in the order given */
  public abstract List<Milestone> milestones();

  /**
   * @param quarter 1 to 4
   * @return that quarter's plan
   * @throws IllegalArgumentException if {@code quarter} is not 1–4
   */
  public QuarterPlan quarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
    }
    return quarters().get(quarter - 1);
  }

  /**
   * @param day a day of this plan's year, not null
   * @return the plan of the day's calendar quarter
   * @throws IllegalArgumentException if {@code day} is not in this plan's year
   */
  public QuarterPlan quarterOf(LocalDate day) {
    if (day.getYear() != year()) {
      throw new IllegalArgumentException(day + " is not in the plan's year " + year());
    }
    return quarter((day.getMonthValue() + 2) / 3);
  }

  /**
   * @param quarter 1 to 4
   * @return that quarter's entry window
   */
  public EntryWindow window(int quarter) {
    return quarter(quarter).window(year());
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    if (quarters().size() != 4) {
      throw InvalidRecordException.of(
          "WorkPlan", "quarters", quarters().size() + " quarters", "must have exactly four quarters");
    }
    for (int i = 0; i < 4; i++) {
      if (quarters().get(i).quarter() != i + 1) {
        throw InvalidRecordException.of(
            "WorkPlan", "quarters", "quarter " + quarters().get(i).quarter() + " at position " + (i + 1),
            "must list quarters 1, 2, 3 and 4 in order");
      }
    }
  }

  /**
   * The plan of a year that has none of its own: each quarter's due day and entry deadline are
   * its last calendar day.
   *
   * @param year the year
   * @return the plan
   */
  public static ImmutableWorkPlan quarterEnds(int year) {
    ImmutableWorkPlan.Builder plan = builder().year(year);
    for (int q = 1; q <= 4; q++) {
      LocalDate end = LocalDate.of(year, 3 * q, 1).plusMonths(1).minusDays(1);
      plan.addQuarters(new QuarterPlan(q, end, end));
    }
    return plan.build();
  }

  /** @return a builder */
  public static ImmutableWorkPlan.Builder builder() {
    return ImmutableWorkPlan.builder();
  }
}
