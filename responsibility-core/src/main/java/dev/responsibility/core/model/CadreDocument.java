package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of a cadre's three documents (三清单一承诺书, R10): a commitment letter, a responsibility list
 * or a task list, signed on a day and valid for one year from it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CadreDocument {

  /** @return the id */
  public abstract DocumentId id();

  /** @return the cadre who holds it, known or not */
  public abstract CadreId cadre();

  /** @return which of the three documents it is */
  public abstract DocumentKind kind();

  /** @return the day it was signed */
  public abstract LocalDate signedOn();

  /** @return the SHA-256 of the signed scan, as given, when given */
  public abstract Optional<String> scanSha256();

  /**
   * The last day of validity: one year from signing, less a day ({@code java.time}'s
   * arithmetic, so a document signed on 2024-02-29 is valid through 2025-02-27).
   *
   * @return the last day on which the document is valid
   */
  public LocalDate validThrough() {
    return signedOn().plusYears(1).minusDays(1);
  }

  /**
   * @param day a day, not null
   * @return whether the document is valid on {@code day}
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(signedOn()) && !day.isAfter(validThrough());
  }

  /** @return a builder */
  public static ImmutableCadreDocument.Builder builder() {
    return ImmutableCadreDocument.builder();
  }
}
