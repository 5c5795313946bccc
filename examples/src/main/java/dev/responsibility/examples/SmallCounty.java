package dev.responsibility.examples;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The examples' data set, small enough to count by hand: a county (芙蓉区) with two townships.
 * 城关镇 has two caterers, B001 guaranteed by cadre C01 (three documents, a Q2 visit, a problem
 * closed, an officer) and B002 guaranteed by nobody; 河西镇 has a school canteen B003 guaranteed
 * by cadre C02 (no documents, no visit, a director but no officer).
 */
final class SmallCounty {

  /** The day the examples ask about: the end of the second quarter of 2023. */
  static final LocalDate DAY = LocalDate.of(2023, 6, 30);
  /** The quarter of {@link #DAY}. */
  static final int QUARTER = 2;

  static final DivisionCode COUNTY = DivisionCode.of("430102000000");
  static final DivisionCode CHENGGUAN = DivisionCode.of("430102001000");
  static final DivisionCode HEXI = DivisionCode.of("430102002000");

  private SmallCounty() {}

  /** @return the data set, built afresh */
  static DataSet dataSet() {
    LocalDate yearStart = LocalDate.of(2023, 1, 1);
    return DataSet.builder()
        .add(Division.builder().code(COUNTY).name("芙蓉区").level(DivisionLevel.COUNTY).build())
        .add(Division.builder().code(CHENGGUAN).name("城关镇").level(DivisionLevel.TOWNSHIP).parentCode(COUNTY).build())
        .add(Division.builder().code(HEXI).name("河西镇").level(DivisionLevel.TOWNSHIP).parentCode(COUNTY).build())
        .add(caterer("B001", "城关镇老街面馆", "91330100799655058B", "JY14301020000001"))
        .add(caterer("B002", "城关镇河边饭店", "91110000600037341L", "JY14301020000002"))
        .add(Business.builder().id(BusinessId.of("B003")).name("河西镇中心小学食堂")
            .creditCode(CreditCode.of("91430102MA4L123457")).licenseNumber(LicenseNumber.of("JY34301020000003"))
            .licenseIssued(LocalDate.of(2021, 9, 1)).category(Category.CANTEEN_SCHOOL).size(BusinessSize.MEDIUM)
            .grade(Grade.C).division(HEXI).diners(600).build())
        .add(cadre("C01", "张伟", CHENGGUAN))
        .add(cadre("C02", "李娜", HEXI))
        .add(relation("R01", "C01", "B001", yearStart))
        .add(relation("R02", "C02", "B003", yearStart))
        .add(document("D01", DocumentKind.COMMITMENT_LETTER))
        .add(document("D02", DocumentKind.RESPONSIBILITY_LIST))
        .add(document("D03", DocumentKind.TASK_LIST))
        .add(Supervision.builder().id(SupervisionId.of("S01")).cadre(CadreId.of("C01")).business(BusinessId.of("B001"))
            .visitDate(LocalDate.of(2023, 5, 10))
            .enteredAt(OffsetDateTime.of(2023, 5, 10, 16, 0, 0, 0, ZoneOffset.ofHours(8)))
            .mode(SupervisionMode.ON_SITE).problemsFound(1).build())
        .add(Problem.builder().id(ProblemId.of("P01")).supervision(SupervisionId.of("S01"))
            .business(BusinessId.of("B001")).foundOn(LocalDate.of(2023, 5, 10))
            .referredOn(LocalDate.of(2023, 5, 11)).rectifiedOn(LocalDate.of(2023, 5, 18))
            .closedOn(LocalDate.of(2023, 5, 20)).build())
        .add(staff("F01", "B001", StaffRole.OFFICER, "王芳"))
        .add(staff("F02", "B003", StaffRole.DIRECTOR, "赵强"))
        .build();
  }

  private static Business caterer(String id, String name, String creditCode, String license) {
    return Business.builder().id(BusinessId.of(id)).name(name).creditCode(CreditCode.of(creditCode))
        .licenseNumber(LicenseNumber.of(license)).licenseIssued(LocalDate.of(2021, 3, 1))
        .category(Category.CATERER).size(BusinessSize.SMALL).grade(Grade.C).division(CHENGGUAN).build();
  }

  private static Cadre cadre(String id, String name, DivisionCode township) {
    return Cadre.builder().id(CadreId.of(id)).name(name).level(CadreLevel.TOWNSHIP).division(township)
        .activeFrom(LocalDate.of(2023, 1, 1)).build();
  }

  private static GuaranteeRelation relation(String id, String cadre, String business, LocalDate from) {
    return GuaranteeRelation.builder().id(RelationId.of(id)).cadre(CadreId.of(cadre))
        .business(BusinessId.of(business)).validFrom(from).build();
  }

  private static CadreDocument document(String id, DocumentKind kind) {
    return CadreDocument.builder().id(DocumentId.of(id)).cadre(CadreId.of("C01")).kind(kind)
        .signedOn(LocalDate.of(2023, 1, 10)).build();
  }

  private static StaffAppointment staff(String id, String business, StaffRole role, String person) {
    return StaffAppointment.builder().id(StaffId.of(id)).business(BusinessId.of(business)).role(role)
        .personName(person).appointedOn(LocalDate.of(2022, 7, 1)).build();
  }
}
