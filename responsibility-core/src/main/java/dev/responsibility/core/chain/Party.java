package dev.responsibility.core.chain;

import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.policy.SectorAuthority;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One party of a business's responsibility chain. Each kind is its own type, so that a
 * cadre's supervision can never stand in for the regulator's inspection (R1). Immutable and
 * thread-safe.
 */
public sealed interface Party {

  /** @return which of the four parties this is */
  PartyKind kind();

  /**
   * Territorial responsibility: the cadres bound to the business by relations active on the day.
   * Empty when the business is uncovered; more than one is itself a violation (R7).
   *
   * @param guarantors the cadres of the active relations, by id, not null
   */
  record Territorial(List<CadreId> guarantors) implements Party {
    /**
     * @param guarantors as in the record description
     * @throws NullPointerException if {@code guarantors} is null
     */
    public Territorial {
      guarantors = List.copyOf(guarantors);
    }

    @Override
    public PartyKind kind() {
      return PartyKind.TERRITORIAL;
    }
  }

  /**
   * Regulatory responsibility: the market regulator (市场监管所) of the business's township, which
   * receives problems found in supervision (R2).
   *
   * @param township the township division at or above the business's division; empty when the
   *     business's division is not in the data set or has no township above it
   */
  record Regulatory(Optional<DivisionCode> township) implements Party {
    /**
     * @param township as in the record description
     * @throws NullPointerException if {@code township} is null
     */
    public Regulatory {
      Objects.requireNonNull(township, "township");
    }

    @Override
    public PartyKind kind() {
      return PartyKind.REGULATORY;
    }
  }

  /**
   * Departmental responsibility: the sector authority of the business's category, under the
   * policy; empty for categories without one.
   *
   * @param authority the authority, not null
   */
  record Departmental(Optional<SectorAuthority> authority) implements Party {
    /**
     * @param authority as in the record description
     * @throws NullPointerException if {@code authority} is null
     */
    public Departmental {
      Objects.requireNonNull(authority, "authority");
    }

    @Override
    public PartyKind kind() {
      return PartyKind.DEPARTMENTAL;
    }
  }

  /**
   * Enterprise responsibility: the people appointed in the business, active on the day.
   *
   * @param principals the principals (主要负责人), not null
   * @param directors the food-safety directors (食品安全总监), not null
   * @param officers the food-safety officers (食品安全员), not null
   */
  record Enterprise(List<StaffAppointment> principals, List<StaffAppointment> directors,
      List<StaffAppointment> officers) implements Party {
    /**
     * @param principals as in the record description
     * @param directors as in the record description
     * @param officers as in the record description
     * @throws NullPointerException if a list is null
     */
    public Enterprise {
      principals = List.copyOf(principals);
      directors = List.copyOf(directors);
      officers = List.copyOf(officers);
    }

    @Override
    public PartyKind kind() {
      return PartyKind.ENTERPRISE;
    }
  }
}
