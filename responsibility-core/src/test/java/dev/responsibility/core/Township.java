package dev.responsibility.core;

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
import dev.responsibility.core.model.ImmutableBusiness;
import dev.responsibility.core.model.ImmutableCadre;
import dev.responsibility.core.model.ImmutableCadreDocument;
import dev.responsibility.core.model.ImmutableGuaranteeRelation;
import dev.responsibility.core.model.ImmutableStaffAppointment;
import dev.responsibility.core.model.ImmutableSupervision;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A one-business township that is clean on {@link #DAY}: tests change one record and look at
 * what the checks say. Fields are public and mutable on purpose: each test makes its own.
 */
public final class Township {

  public static final LocalDate DAY = LocalDate.of(2023, 6, 15);
  public static final String VALID_CREDIT_CODE = "91330100799655058B";
  public static final DivisionCode PROVINCE = DivisionCode.of("430000000000");
  public static final DivisionCode CITY = DivisionCode.of("430100000000");
  public static final DivisionCode COUNTY = DivisionCode.of("430102000000");
  public static final DivisionCode TOWNSHIP = DivisionCode.of("430102001000");
  public static final DivisionCode VILLAGE = DivisionCode.of("430102001001");
  public static final DivisionCode OTHER_TOWNSHIP = DivisionCode.of("430102002000");
  public static final DivisionCode OTHER_VILLAGE = DivisionCode.of("430102002001");

  public List<Division> divisions = new ArrayList<>(List.of(
      division(PROVINCE, "湖南省", DivisionLevel.PROVINCE, null),
      division(CITY, "长沙市", DivisionLevel.CITY, PROVINCE),
      division(COUNTY, "芙蓉区", DivisionLevel.COUNTY, CITY),
      division(TOWNSHIP, "城关镇", DivisionLevel.TOWNSHIP, COUNTY),
      division(VILLAGE, "东村", DivisionLevel.VILLAGE, TOWNSHIP),
      division(OTHER_TOWNSHIP, "河西乡", DivisionLevel.TOWNSHIP, COUNTY),
      division(OTHER_VILLAGE, "西村", DivisionLevel.VILLAGE, OTHER_TOWNSHIP)));

  public ImmutableBusiness business = Business.builder()
      .id(BusinessId.of("b1"))
      .name("城关镇东村便民超市")
      .creditCode(CreditCode.of(VALID_CREDIT_CODE))
      .licenseNumber(LicenseNumber.of("JY14301020000001"))
      .licenseIssued(LocalDate.of(2020, 1, 1))
      .licenseExpires(LocalDate.of(2030, 12, 31))
      .category(Category.FOOD_SELLER)
      .size(BusinessSize.SMALL)
      .grade(Grade.C)
      .division(VILLAGE)
      .build();

  public ImmutableCadre cadre = Cadre.builder()
      .id(CadreId.of("c1"))
      .name("张伟")
      .level(CadreLevel.TOWNSHIP)
      .division(TOWNSHIP)
      .activeFrom(LocalDate.of(2020, 1, 1))
      .build();

  public ImmutableGuaranteeRelation relation = GuaranteeRelation.builder()
      .id(RelationId.of("r1"))
      .cadre(CadreId.of("c1"))
      .business(BusinessId.of("b1"))
      .validFrom(LocalDate.of(2023, 1, 1))
      .build();

  public Map<DocumentKind, ImmutableCadreDocument> documents = new EnumMap<>(DocumentKind.class);

  public ImmutableStaffAppointment officer = staff("s1", StaffRole.OFFICER, LocalDate.of(2020, 1, 1));

  public ImmutableSupervision supervision = Supervision.builder()
      .id(SupervisionId.of("v1"))
      .cadre(CadreId.of("c1"))
      .business(BusinessId.of("b1"))
      .visitDate(LocalDate.of(2023, 5, 10))
      .enteredAt(OffsetDateTime.of(2023, 5, 10, 16, 30, 0, 0, ZoneOffset.ofHours(8)))
      .mode(SupervisionMode.ON_SITE)
      .build();

  /** Records added on top of the township. */
  public DataSet.Builder extra = DataSet.builder();

  public Township() {
    for (DocumentKind kind : DocumentKind.values()) {
      documents.put(kind, document("d-" + kind, kind, LocalDate.of(2023, 3, 1)));
    }
  }

  public static Division division(DivisionCode code, String name, DivisionLevel level, DivisionCode parent) {
    return Division.builder().code(code).name(name).level(level)
        .parentCode(java.util.Optional.ofNullable(parent)).build();
  }

  public static ImmutableCadreDocument document(String id, DocumentKind kind, LocalDate signedOn) {
    return CadreDocument.builder().id(DocumentId.of(id)).cadre(CadreId.of("c1")).kind(kind).signedOn(signedOn).build();
  }

  public static ImmutableStaffAppointment staff(String id, StaffRole role, LocalDate from) {
    return StaffAppointment.builder().id(StaffId.of(id)).business(BusinessId.of("b1")).role(role)
        .personName("李娜").appointedOn(from).build();
  }

  public static StatusChange status(String business, dev.responsibility.core.model.OperatingStatus status, LocalDate from) {
    return new StatusChange(BusinessId.of(business), status, from);
  }

  public DataSet dataSet() {
    DataSet.Builder b = DataSet.builder();
    divisions.forEach(b::add);
    if (business != null) {
      b.add(business);
    }
    if (cadre != null) {
      b.add(cadre);
    }
    if (relation != null) {
      b.add(relation);
    }
    documents.values().forEach(b::add);
    if (officer != null) {
      b.add(officer);
    }
    if (supervision != null) {
      b.add(supervision);
    }
    return b.addAll(extra.build()).build();
  }

  public CheckReport check(LocalDate day) {
    return Responsibility.of(dataSet()).check(day);
  }

  /** The codes reported on a day, one entry per violation, in report order. */
  public List<CheckCode> codes(LocalDate day) {
    return check(day).violations().stream().map(v -> v.code()).toList();
  }
}
