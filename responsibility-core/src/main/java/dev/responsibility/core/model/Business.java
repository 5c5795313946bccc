package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A food business under guarantee (包保主体): its identity, licence, category, size, grade and
 * division. Its operating status lives in {@link StatusChange}s. The credit code and licence
 * number are kept as given, valid or not. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Business {

  /** @return the id */
  public abstract BusinessId id();

  /** @return the name, such as {@code 城关镇第一小学食堂} */
  public abstract String name();

  /** @return the unified social credit code as given, possibly empty */
  public abstract CreditCode creditCode();

  /** @return the licence number as given, possibly empty */
  public abstract LicenseNumber licenseNumber();

  /** @return the day the licence was issued */
  public abstract LocalDate licenseIssued();

  /** @return the last day of the licence, empty when it does not expire */
  public abstract Optional<LocalDate> licenseExpires();

  /** @return the category */
  public abstract Category category();

  /** @return the size */
  public abstract BusinessSize size();

  /** @return the risk grade */
  public abstract Grade grade();

  /** @return the division the business is registered in, known to the data set or not */
  public abstract DivisionCode division();

  /** @return how many people the business feeds (canteens, distributors); 0 when not given */
  @Value.Default
  public int diners() {
    return 0;
  }

  /** @return whether the business is high-risk (R13) */
  @Value.Default
  public boolean highRisk() {
    return false;
  }

  /**
   * @param day a day, not null
   * @return whether the licence is valid on {@code day}: issued ≤ day ≤ expires
   */
  public boolean isLicenseValidOn(LocalDate day) {
    return !day.isBefore(licenseIssued()) && licenseExpires().map(e -> !day.isAfter(e)).orElse(true);
  }

  /** @return whether the credit code is valid, or empty for a small operator (FORMAT.md) */
  public boolean hasValidCreditCode() {
    return creditCode().isValid() || (creditCode().isEmpty() && category().isSmallOperator());
  }

  /** @return whether the licence number has the form its category needs */
  public boolean hasValidLicenseNumber() {
    return licenseNumber().isValidFor(category());
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    Require.nonBlank("Business", "name", name());
    Require.notBefore("Business", "licenseExpires", licenseExpires(), "licenseIssued", licenseIssued());
    Require.nonNegative("Business", "diners", diners());
  }

  /** @return a builder */
  public static ImmutableBusiness.Builder builder() {
    return ImmutableBusiness.builder();
  }
}
