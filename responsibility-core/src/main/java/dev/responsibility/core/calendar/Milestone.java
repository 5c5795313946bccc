package dev.responsibility.core.calendar;

import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated step of a work plan, such as "relations adjusted and documents uploaded by 25 March".
 * Immutable and thread-safe.
 *
 * @param id a stable id, not blank
 * @param due the day it is due, not null
 * @param title what is due, in the plan's words, not blank
 */
public record Milestone(String id, LocalDate due, String title) {

  /**
   * @param id as in the record description
   * @param due as in the record description
   * @param title as in the record description
   * @throws InvalidRecordException if the id or title is blank
   */
  public Milestone {
    if (id == null || id.isBlank()) {
      throw InvalidRecordException.of("Milestone", "id", id, "must not be empty");
    }
    Objects.requireNonNull(due, "due");
    if (title == null || title.isBlank()) {
      throw InvalidRecordException.of("Milestone", "title", title, "must not be empty");
    }
  }
}
