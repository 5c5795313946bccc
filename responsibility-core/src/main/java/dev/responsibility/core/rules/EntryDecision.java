package dev.responsibility.core.rules;

import java.util.List;
import java.util.Set;

/**
 * What the entry guard decides about a live write: accepted, accepted but flagged, or refused,
 * with the problems found. A decision with reasons, never a silent acceptance. Immutable and
 * thread-safe.
 */
public sealed interface EntryDecision {

  /** @return the problems found, in {@link EntryProblem} order; empty only when accepted */
  List<EntryProblem> problems();

  /** The write is in order. */
  record Accepted() implements EntryDecision {
    @Override
    public List<EntryProblem> problems() {
      return List.of();
    }
  }

  /**
   * The write is stored but flagged for review (policy FLAG).
   *
   * @param problems the problems found, not empty
   */
  record Flagged(List<EntryProblem> problems) implements EntryDecision {
    /** @param problems as in the record description */
    public Flagged {
      problems = List.copyOf(Set.copyOf(problems)).stream().sorted().toList();
    }
  }

  /**
   * The write is refused (policy REFUSE).
   *
   * @param problems the problems found, not empty
   */
  record Refused(List<EntryProblem> problems) implements EntryDecision {
    /** @param problems as in the record description */
    public Refused {
      problems = List.copyOf(Set.copyOf(problems)).stream().sorted().toList();
    }
  }
}
