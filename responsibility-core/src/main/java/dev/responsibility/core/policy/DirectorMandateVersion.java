package dev.responsibility.core.policy;

import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which businesses must appoint a food-safety director (食品安全总监, R16) under one version of the
 * rules, in force from a day on. A business is director-mandatory when any clause holds: its
 * category is always mandatory; or mandatory when LARGE or MEDIUM and it is; or it feeds at
 * least (or more than) its category's number of diners. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DirectorMandateVersion {

  /** @return a short name of the source, such as {@code ORDER-60} */
  public abstract String name();

  /** @return the first day in force; {@link LocalDate#MIN} for "every day before the next" */
  public abstract LocalDate effectiveFrom();

  /** @return the categories that always need a director */
  public abstract Set<Category> alwaysMandatory();

  /** @return the categories that need one when LARGE or MEDIUM */
  public abstract Set<Category> mandatoryWhenLargeOrMedium();

  /** @return categories that need one when diners ≥ the number */
  public abstract Map<Category, Integer> dinersAtLeast();

  /** @return categories that need one when diners > the number */
  public abstract Map<Category, Integer> dinersMoreThan();

  /**
   * @param category the business's category, not null
   * @param size its size, not null
   * @param diners its diners, 0 when not given
   * @return whether such a business must appoint a director under this version
   */
  public boolean isMandatory(Category category, BusinessSize size, int diners) {
    if (alwaysMandatory().contains(category)) {
      return true;
    }
    if (size.isLargeOrMedium() && mandatoryWhenLargeOrMedium().contains(category)) {
      return true;
    }
    Integer atLeast = dinersAtLeast().get(category);
    if (atLeast != null && diners >= atLeast) {
      return true;
    }
    Integer moreThan = dinersMoreThan().get(category);
    return moreThan != null && diners > moreThan;
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw InvalidRecordException.of("DirectorMandateVersion", "name", name(), "must not be empty");
    }
  }

  /** @return a builder */
  public static ImmutableDirectorMandateVersion.Builder builder() {
    return ImmutableDirectorMandateVersion.builder();
  }
}
