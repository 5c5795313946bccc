package dev.responsibility.examples;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.ImmutableBusiness;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.rules.CheckReport;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The README's embedding example: build a data set in code and ask for its violations. The part
 * between the {@code README} markers is copied into the README verbatim, and a test keeps the
 * two equal.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Prints the violations of a two-business township as of 30 June 2023.
   *
   * @param args {@code zh} for Chinese messages; English otherwise
   */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && args[0].equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    System.out.println(violations(locale));
  }

  // README:begin
  static String violations(Locale locale) {
    DivisionCode township = DivisionCode.of("430102001000");
    ImmutableBusiness.Builder business = Business.builder()
        .creditCode(CreditCode.of("91330100799655058B"))
        .licenseNumber(LicenseNumber.of("JY14301020000001"))
        .licenseIssued(LocalDate.of(2021, 3, 1))
        .category(Category.CATERER).size(BusinessSize.SMALL).grade(Grade.C)
        .division(township);
    DataSet dataSet = DataSet.builder()
        .add(Division.builder().code(township).name("城关镇").level(DivisionLevel.TOWNSHIP).build())
        .add(business.id(BusinessId.of("B001")).name("城关镇老街面馆").build())
        .add(business.id(BusinessId.of("B002")).name("城关镇河边饭店")
            .creditCode(CreditCode.of("91110000600037341L")).build())
        .add(Cadre.builder().id(CadreId.of("C01")).name("张伟").level(CadreLevel.TOWNSHIP)
            .division(township).activeFrom(LocalDate.of(2023, 1, 1)).build())
        .add(GuaranteeRelation.builder().id(RelationId.of("R01")).cadre(CadreId.of("C01"))
            .business(BusinessId.of("B001")).validFrom(LocalDate.of(2023, 1, 1)).build())
        .build();

    CheckReport report = Responsibility.of(dataSet).check(LocalDate.of(2023, 6, 30));
    return report.violations().stream()
        .map(v -> v.code() + "  " + v.message(locale))
        .collect(Collectors.joining("\n"));
  }
  // README:end

  /** @return the codes of the example's violations, for its test */
  static java.util.List<String> codes() {
    return violations(Locale.ENGLISH).lines().map(l -> l.substring(0, l.indexOf(' '))).toList();
  }
}
