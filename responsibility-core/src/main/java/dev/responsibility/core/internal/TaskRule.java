package dev.responsibility.core.internal;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;

/**
 * FORMAT.md's supervision task of one quarter, as of one day, in ints: which relations owe a task
 * and which supervisions count for it. Shared by the metric, the task board and the live
 * evaluator so that the rule is stated once. Immutable.
 */
public final class TaskRule {

  private static final Grade[] GRADES = Grade.values();
  private static final byte ON_SITE = (byte) SupervisionMode.ON_SITE.ordinal();

  private final EntryWindow window;
  private final int first;
  private final int last;
  private final int enteredBy;
  private final int[] neededByGrade;
  private final boolean onSiteForHighRisk;

  private TaskRule(EntryWindow window, int asOf, Policy policy) {
    this.window = window;
    this.first = Index.day(window.first());
    this.last = Index.day(window.last());
    this.enteredBy = Math.min(Index.day(window.entryDeadline()), asOf);
    this.neededByGrade = new int[GRADES.length];
    for (Grade g : GRADES) {
      neededByGrade[g.ordinal()] = policy.supervisionsPerQuarter().get(g);
    }
    this.onSiteForHighRisk = policy.onSiteRequiredForHighRisk();
  }

  /**
   * @param plans the work plans, not null
   * @param policy the policy (frequency per grade, on-site rule), not null
   * @param asOf the day asked about, not null
   * @param quarter 1 to 4, of {@code asOf}'s year
   * @return the rule of that quarter as of that day
   */
  public static TaskRule of(WorkPlans plans, Policy policy, LocalDate asOf, int quarter) {
    return new TaskRule(plans.forYear(asOf.getYear()).window(quarter), Index.day(asOf), policy);
  }

  /** @return the quarter's window */
  public EntryWindow window() {
    return window;
  }

  /**
   * @return whether a relation over these days is active on at least one day of the window; never
   *     for an empty window (a plan whose entry deadline comes before its quarter starts)
   */
  public boolean isOwed(int relationFrom, int relationTo) {
    return first <= last && relationFrom <= last && relationTo >= first;
  }

  /** @return how many qualifying supervisions a business of this grade ordinal needs */
  public int needed(byte grade) {
    return neededByGrade[grade];
  }

  /**
   * Whether a supervision counts for a task: same cadre, visit in the window and inside the
   * relation's period, entered by the deadline and by the day, on site where the business needs it.
   */
  public boolean qualifies(int supervisionCadre, int visitDay, int entryDay, byte mode,
      int relationCadre, int relationFrom, int relationTo, boolean highRisk) {
    return supervisionCadre == relationCadre
        && Index.within(visitDay, Math.max(first, relationFrom), Math.min(last, relationTo))
        && entryDay <= enteredBy
        && (!highRisk || !onSiteForHighRisk || mode == ON_SITE);
  }

  /**
   * @param ix the index
   * @param relation a relation of a known business
   * @return how many of the index's supervisions count for the relation's task, at most {@link #needed}
   */
  public int doneCount(Index ix, int relation) {
    int b = ix.relationBusiness[relation];
    int needed = needed(ix.grade[b]);
    int found = 0;
    for (int p = ix.supervisionsByBusiness.from(b); p < ix.supervisionsByBusiness.to(b) && found < needed; p++) {
      int s = ix.supervisionsByBusiness.item(p);
      if (qualifies(ix.supervisionCadre[s], ix.visitDay[s], ix.entryDay[s], ix.supervisionMode[s],
          ix.relationCadre[relation], ix.relationFrom[relation], ix.relationTo[relation], ix.highRisk[b])) {
        found++;
      }
    }
    return found;
  }
}
