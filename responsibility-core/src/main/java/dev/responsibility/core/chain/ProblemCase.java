package dev.responsibility.core.chain;

import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.InvalidTransitionException;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.SupervisionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem's hand-off (R2, 闭环): found by the cadre, referred to the regulator of the business's
 * township, rectified by the business, verified and closed out (销号) by the regulator. Each step
 * is dated and names its party; steps happen in that order, on or after the previous one, and
 * nothing is ever removed: each transition returns a new case with one more step. Immutable and
 * thread-safe.
 */
public final class ProblemCase {

  private final ProblemId id;
  private final BusinessId business;
  private final Optional<SupervisionId> supervision;
  private final List<HandOffStep> steps;

  private ProblemCase(ProblemId id, BusinessId business, Optional<SupervisionId> supervision, List<HandOffStep> steps) {
    this.id = id;
    this.business = business;
    this.supervision = supervision;
    this.steps = List.copyOf(steps);
  }

  /**
   * A problem found in a supervision.
   *
   * @param id the problem's id, not null
   * @param business the business, not null
   * @param supervision the supervision that found it, when recorded, not null
   * @param foundBy the cadre who found it, not null
   * @param on the day, not null
   * @return the case at stage FOUND
   */
  public static ProblemCase found(ProblemId id, BusinessId business, Optional<SupervisionId> supervision,
      CadreId foundBy, LocalDate on) {
    return new ProblemCase(Objects.requireNonNull(id, "id"), Objects.requireNonNull(business, "business"),
        Objects.requireNonNull(supervision, "supervision"),
        List.of(new HandOffStep(ProblemStage.FOUND, on, PartyKind.TERRITORIAL, foundBy.value())));
  }

  /**
   * The case of a problem recorded earlier (problems.csv), so that its hand-off can go on: its
   * present days replayed in order through the same transitions.
   *
   * @param problem the stored problem, not null
   * @param foundBy the cadre who found it, not null
   * @param chain its business's responsibility chain (for the referral), not null
   * @return the case at the stage the record reached
   * @throws InvalidTransitionException if the record skips a step (closed but never referred, say),
   *     which the data may hold but a hand-off cannot continue from
   */
  public static ProblemCase from(Problem problem, CadreId foundBy, ResponsibilityChain chain) {
    ProblemCase c = found(problem.id(), problem.business(), problem.supervision(), foundBy, problem.foundOn());
    if (problem.referredOn().isPresent()) {
      c = c.referTo(chain, problem.referredOn().get());
    }
    if (problem.rectifiedOn().isPresent()) {
      c = c.rectified(problem.rectifiedOn().get());
    }
    if (problem.closedOn().isPresent()) {
      c = c.closedOut(problem.closedOn().get());
    }
    return c;
  }

  /**
   * Refers the problem to the regulator of the business's township, as its chain names it.
   *
   * @param chain the business's responsibility chain, not null
   * @param on the day, not null
   * @return the case at stage REFERRED
   * @throws InvalidTransitionException if the case is not at FOUND, the day is before the last
   *     step, the chain is another business's, or the chain knows no township regulator
   */
  public ProblemCase referTo(ResponsibilityChain chain, LocalDate on) {
    if (!chain.business().equals(business)) {
      throw new InvalidTransitionException("problem " + id + " of business " + business
          + " cannot be referred along the chain of business " + chain.business());
    }
    DivisionCode township = chain.regulatory().township().orElseThrow(() -> new InvalidTransitionException(
        "problem " + id + ": business " + business + " has no township regulator in the data set to refer to"));
    return next(ProblemStage.REFERRED, on, PartyKind.REGULATORY, township.value());
  }

  /**
   * @param on the day the business rectified the problem, not null
   * @return the case at stage RECTIFIED
   * @throws InvalidTransitionException if the case is not at REFERRED or the day is before the last step
   */
  public ProblemCase rectified(LocalDate on) {
    return next(ProblemStage.RECTIFIED, on, PartyKind.ENTERPRISE, business.value());
  }

  /**
   * @param on the day the regulator verified and closed out the problem, not null
   * @return the case at stage CLOSED
   * @throws InvalidTransitionException if the case is not at RECTIFIED or the day is before the last step
   */
  public ProblemCase closedOut(LocalDate on) {
    requireNext(ProblemStage.CLOSED, on);
    // The regulator the problem was referred to is the one that closes it out.
    return next(ProblemStage.CLOSED, on, PartyKind.REGULATORY, steps.get(1).responsible());
  }

  private ProblemCase next(ProblemStage stage, LocalDate on, PartyKind party, String responsible) {
    requireNext(stage, on);
    List<HandOffStep> next = new ArrayList<>(steps);
    next.add(new HandOffStep(stage, on, party, responsible));
    return new ProblemCase(id, business, supervision, next);
  }

  private void requireNext(ProblemStage stage, LocalDate on) {
    Objects.requireNonNull(on, "on");
    HandOffStep last = steps.get(steps.size() - 1);
    if (stage.ordinal() != last.stage().ordinal() + 1) {
      throw new InvalidTransitionException("problem " + id + " is " + last.stage() + "; it cannot become " + stage
          + " (the hand-off runs FOUND → REFERRED → RECTIFIED → CLOSED)");
    }
    if (on.isBefore(last.on())) {
      throw new InvalidTransitionException("problem " + id + ": " + stage + " on " + on + " is before "
          + last.stage() + " on " + last.on());
    }
  }

  /** @return the problem's id */
  public ProblemId id() {
    return id;
  }

  /** @return the business */
  public BusinessId business() {
    return business;
  }

  /** @return every step so far, in order; never empty */
  public List<HandOffStep> steps() {
    return steps;
  }

  /** @return the stage reached */
  public ProblemStage stage() {
    return steps.get(steps.size() - 1).stage();
  }

  /** @return the problem as FORMAT.md records it (problems.csv) */
  public Problem toProblem() {
    return Problem.builder().id(id).business(business).supervision(supervision)
        .foundOn(dayOf(ProblemStage.FOUND).orElseThrow())
        .referredOn(dayOf(ProblemStage.REFERRED))
        .rectifiedOn(dayOf(ProblemStage.RECTIFIED))
        .closedOn(dayOf(ProblemStage.CLOSED))
        .build();
  }

  private Optional<LocalDate> dayOf(ProblemStage stage) {
    return steps.stream().filter(s -> s.stage() == stage).map(HandOffStep::on).findFirst();
  }

  @Override
  public String toString() {
    return "ProblemCase[" + id + " " + stage() + " " + steps + "]";
  }
}
