package dev.responsibility.core.rules;

/** How serious a violation is. An embedder may relax a check to a warning. */
public enum Severity {
  /** A breach of the rules that must be put right. */
  ERROR,
  /** Reported, not counted as a breach by the embedder's policy. */
  WARNING
}
