package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Column.Kind.BOOLEAN;
import static dev.responsibility.adapters.files.Column.Kind.CODE;
import static dev.responsibility.adapters.files.Column.Kind.DATE;
import static dev.responsibility.adapters.files.Column.Kind.TEXT;
import static dev.responsibility.adapters.files.Column.Kind.TIME;
import static dev.responsibility.adapters.files.Column.Kind.WHOLE_NUMBER;
import static dev.responsibility.adapters.files.Column.Presence.OPTIONAL;
import static dev.responsibility.adapters.files.Column.Presence.REQUIRED;
import static dev.responsibility.adapters.files.Column.Presence.REQUIRED_COLUMN;

import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
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
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.SelfCheckKind;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ten CSV files of FORMAT.md, in FORMAT.md's order: columns, Chinese aliases (see docs/aliases.md)
 * and the mapping between a row and a record in both directions.
 */
final class Formats {

  private Formats() {}

  static final FileSchema<Division> DIVISIONS = FileSchema.builder(Division.class, "divisions", true, "行政区划")
      .sharingValues()
      .column("code", REQUIRED, CODE, "行政区划代码", "区划代码")
      .column("name", REQUIRED, TEXT, "名称", "区划名称", "行政区划名称")
      .column("level", ValueAliases.DIVISION_LEVEL, "级别", "区划级别", "层级")
      .column("parent_code", OPTIONAL, CODE, "上级区划代码", "上级代码", "上级行政区划代码")
      .key("code", d -> d.code().value())
      .build(r -> {
        String code = r.code("code");
        String name = r.text("name");
        DivisionLevel level = r.value("level");
        Optional<String> parent = r.optionalCode("parent_code");
        return r.failed() ? null : Division.builder().code(r.shared(Interner.DIVISION, code)).name(name).level(level)
            .parentCode(parent.map(DivisionCode::of)).build();
      }, d -> row(d.code().value(), d.name(), d.level(), d.parentCode().map(DivisionCode::value)),
          RecordSink::division);

  static final FileSchema<Business> BUSINESSES = FileSchema.builder(Business.class, "businesses", true, "包保主体")
      .column("id", REQUIRED, TEXT, "主体编号", "企业编号")
      .column("name", REQUIRED, TEXT, "主体名称", "企业名称", "单位名称")
      .column("credit_code", REQUIRED_COLUMN, CODE, "统一社会信用代码", "信用代码")
      .column("license_no", REQUIRED_COLUMN, CODE, "许可证编号", "许可证号")
      .column("license_issued", REQUIRED, DATE, "发证日期", "许可证发证日期")
      .column("license_expires", OPTIONAL, DATE, "有效期至", "许可证有效期至")
      .column("category", ValueAliases.CATEGORY, "类别", "主体类别", "业态")
      .column("size", ValueAliases.SIZE, "规模", "企业规模")
      .column("grade", ValueAliases.GRADE, "等级", "分级", "风险等级")
      .column("division_code", REQUIRED, CODE, "行政区划代码", "所属区划代码", "区划代码")
      .column("diners", OPTIONAL, WHOLE_NUMBER, "就餐人数", "供餐人数")
      .column("high_risk", OPTIONAL, BOOLEAN, "高风险", "是否高风险")
      .key("id", b -> b.id().value())
      .build(r -> {
        String id = r.text("id");
        String name = r.text("name");
        String credit = r.codeOrEmpty("credit_code");
        String licence = r.codeOrEmpty("license_no");
        LocalDate issued = r.date("license_issued");
        Optional<LocalDate> expires = r.optionalDate("license_expires");
        Category category = r.value("category");
        BusinessSize size = r.value("size");
        Grade grade = r.value("grade");
        String division = r.code("division_code");
        OptionalInt diners = r.optionalWholeNumber("diners");
        boolean highRisk = r.flag("high_risk");
        return r.failed() ? null : Business.builder().id(r.shared(Interner.BUSINESS, id)).name(name)
            .creditCode(CreditCode.of(credit)).licenseNumber(LicenseNumber.of(licence)).licenseIssued(issued)
            .licenseExpires(expires).category(category).size(size).grade(grade)
            .division(r.shared(Interner.DIVISION, division))
            .diners(diners.orElse(0)).highRisk(highRisk).build();
      }, b -> row(b.id().value(), b.name(), b.creditCode().value(), b.licenseNumber().value(), b.licenseIssued(),
          b.licenseExpires(), b.category(), b.size(), b.grade(), b.division().value(), b.diners(), b.highRisk()),
          RecordSink::business);

  static final FileSchema<StatusChange> STATUS_CHANGES =
      FileSchema.builder(StatusChange.class, "status_changes", false, "经营状态变更")
      .sharingValues()
      .column("business_id", REQUIRED, TEXT, "主体编号")
      .column("status", ValueAliases.STATUS, "经营状态", "状态")
      .column("effective_from", REQUIRED, DATE, "生效日期", "变更日期")
      .build(r -> {
        String business = r.text("business_id");
        OperatingStatus status = r.value("status");
        LocalDate from = r.date("effective_from");
        return r.failed() ? null : new StatusChange(r.shared(Interner.BUSINESS, business), status, from);
      }, s -> row(s.business().value(), s.status(), s.effectiveFrom()), RecordSink::statusChange);

  static final FileSchema<Cadre> CADRES = FileSchema.builder(Cadre.class, "cadres", true, "包保干部")
      .sharingValues()
      .column("id", REQUIRED, TEXT, "包保干部编号", "干部编号")
      .column("name", REQUIRED, TEXT, "姓名", "干部姓名")
      .column("level", ValueAliases.CADRE_LEVEL, "包保层级", "级别", "干部级别")
      .column("division_code", REQUIRED, CODE, "行政区划代码", "所属区划代码", "区划代码")
      .column("post", OPTIONAL, TEXT, "职务")
      .column("active_from", REQUIRED, DATE, "起始日期", "开始日期")
      .column("active_to", OPTIONAL, DATE, "终止日期", "结束日期")
      .column("phone", OPTIONAL, CODE, "联系电话", "电话", "手机号码")
      .key("id", c -> c.id().value())
      .build(r -> {
        String id = r.text("id");
        String name = r.text("name");
        CadreLevel level = r.value("level");
        String division = r.code("division_code");
        Optional<String> post = r.optionalText("post");
        LocalDate from = r.date("active_from");
        Optional<LocalDate> to = r.optionalDate("active_to");
        Optional<String> phone = r.optionalCode("phone");
        return r.failed() ? null : Cadre.builder().id(r.shared(Interner.CADRE, id)).name(name).level(level)
            .division(r.shared(Interner.DIVISION, division)).post(post).activeFrom(from).activeTo(to)
            .phone(phone.map(PhoneNumber::of)).build();
      }, c -> row(c.id().value(), c.name(), c.level(), c.division().value(), c.post(), c.activeFrom(), c.activeTo(),
          c.phone().map(PhoneNumber::value)), RecordSink::cadre);

  static final FileSchema<GuaranteeRelation> RELATIONS =
      FileSchema.builder(GuaranteeRelation.class, "relations", true, "包保关系")
      .column("id", REQUIRED, TEXT, "包保关系编号", "关系编号", "编号")
      .column("cadre_id", REQUIRED, TEXT, "包保干部编号", "包保干部", "干部编号")
      .column("business_id", REQUIRED, TEXT, "主体编号", "包保主体编号")
      .column("valid_from", REQUIRED, DATE, "包保开始日期", "开始日期", "起始日期")
      .column("valid_to", OPTIONAL, DATE, "包保结束日期", "结束日期", "终止日期")
      .key("id", x -> x.id().value())
      .buildWriting((r, to) -> {
        CharSequence id = r.chars("id");
        CharSequence cadre = r.chars("cadre_id");
        CharSequence business = r.chars("business_id");
        LocalDate from = r.date("valid_from");
        Optional<LocalDate> until = r.optionalDate("valid_to");
        if (!r.failed()) {
          to.addRelation(id, cadre, business, from, until);
        }
      }, x -> row(x.id().value(), x.cadre().value(), x.business().value(), x.validFrom(), x.validTo()),
          RecordSink::relation);

  static final FileSchema<CadreDocument> DOCUMENTS = FileSchema.builder(CadreDocument.class, "documents", true, "责任文书")
      .column("id", REQUIRED, TEXT, "文书编号", "编号")
      .column("cadre_id", REQUIRED, TEXT, "包保干部编号", "包保干部", "干部编号")
      .column("kind", ValueAliases.DOCUMENT_KIND, "文书类型", "类型")
      .column("signed_on", REQUIRED, DATE, "签订日期", "签署日期")
      .column("scan_sha256", OPTIONAL, TEXT, "扫描件SHA256", "扫描件哈希")
      .key("id", d -> d.id().value())
      .build(r -> {
        String id = r.text("id");
        String cadre = r.text("cadre_id");
        DocumentKind kind = r.value("kind");
        LocalDate signed = r.date("signed_on");
        Optional<String> scan = r.optionalText("scan_sha256");
        return r.failed() ? null : CadreDocument.builder().id(DocumentId.of(id))
            .cadre(r.shared(Interner.CADRE, cadre)).kind(kind)
            .signedOn(signed).scanSha256(scan).build();
      }, d -> row(d.id().value(), d.cadre().value(), d.kind(), d.signedOn(), d.scanSha256()), RecordSink::document);

  static final FileSchema<Supervision> SUPERVISIONS = FileSchema.builder(Supervision.class, "supervisions", true, "督导记录")
      .column("id", REQUIRED, TEXT, "督导编号", "督导记录编号", "编号")
      .column("cadre_id", REQUIRED, TEXT, "包保干部编号", "包保干部", "督导干部")
      .column("business_id", REQUIRED, TEXT, "主体编号", "包保主体编号")
      .column("visit_date", REQUIRED, DATE, "督导日期")
      .column("entered_at", REQUIRED, TIME, "录入时间")
      .column("mode", ValueAliases.MODE, "督导方式")
      .column("problems_found", OPTIONAL, WHOLE_NUMBER, "发现问题数", "问题数")
      .key("id", s -> s.id().value())
      // Four supervisions a business: straight into the columns, the ids as the cells' characters.
      .buildWriting((r, to) -> {
        CharSequence id = r.chars("id");
        CharSequence cadre = r.chars("cadre_id");
        CharSequence business = r.chars("business_id");
        LocalDate visit = r.date("visit_date");
        var entered = r.time("entered_at");
        SupervisionMode mode = r.value("mode");
        OptionalInt found = r.optionalWholeNumber("problems_found");
        if (!r.failed()) {
          to.addSupervision(id, cadre, business, visit, entered, mode, found);
        }
      }, s -> row(s.id().value(), s.cadre().value(), s.business().value(), s.visitDate(), s.enteredAt(), s.mode(),
          s.problemsFound()), RecordSink::supervision);

  static final FileSchema<Problem> PROBLEMS = FileSchema.builder(Problem.class, "problems", false, "督导问题")
      .column("id", REQUIRED, TEXT, "问题编号", "编号")
      .column("supervision_id", OPTIONAL, TEXT, "督导编号", "督导记录编号")
      .column("business_id", REQUIRED, TEXT, "主体编号", "包保主体编号")
      .column("found_on", REQUIRED, DATE, "发现日期")
      .column("referred_on", OPTIONAL, DATE, "移交日期", "移送日期")
      .column("rectified_on", OPTIONAL, DATE, "整改日期", "整改完成日期")
      .column("closed_on", OPTIONAL, DATE, "销号日期")
      .key("id", p -> p.id().value())
      .build(r -> {
        String id = r.text("id");
        Optional<String> supervision = r.optionalText("supervision_id");
        String business = r.text("business_id");
        LocalDate found = r.date("found_on");
        Optional<LocalDate> referred = r.optionalDate("referred_on");
        Optional<LocalDate> rectified = r.optionalDate("rectified_on");
        Optional<LocalDate> closed = r.optionalDate("closed_on");
        return r.failed() ? null : Problem.builder().id(ProblemId.of(id))
            .supervision(supervision.map(SupervisionId::of)).business(r.shared(Interner.BUSINESS, business))
            .foundOn(found)
            .referredOn(referred).rectifiedOn(rectified).closedOn(closed).build();
      }, p -> row(p.id().value(), p.supervision().map(SupervisionId::value), p.business().value(), p.foundOn(),
          p.referredOn(), p.rectifiedOn(), p.closedOn()), RecordSink::problem);

  static final FileSchema<StaffAppointment> STAFF = FileSchema.builder(StaffAppointment.class, "staff", true, "企业人员")
      .column("id", REQUIRED, TEXT, "人员编号", "编号")
      .column("business_id", REQUIRED, TEXT, "主体编号", "包保主体编号")
      .column("role", ValueAliases.ROLE, "岗位", "人员类别")
      .column("person_name", REQUIRED, TEXT, "姓名", "人员姓名")
      .column("appointed_on", REQUIRED, DATE, "任命日期", "任职日期")
      .column("ended_on", OPTIONAL, DATE, "离任日期", "免职日期")
      .key("id", s -> s.id().value())
      .buildWriting((r, to) -> {
        CharSequence id = r.chars("id");
        CharSequence business = r.chars("business_id");
        StaffRole role = r.value("role");
        CharSequence person = r.chars("person_name");
        LocalDate appointed = r.date("appointed_on");
        Optional<LocalDate> ended = r.optionalDate("ended_on");
        if (!r.failed()) {
          to.addStaff(id, business, role, person, appointed, ended);
        }
      }, s -> row(s.id().value(), s.business().value(), s.role(), s.personName(), s.appointedOn(), s.endedOn()),
          RecordSink::staff);

  static final FileSchema<SelfCheck> SELF_CHECKS = FileSchema.builder(SelfCheck.class, "self_checks", false, "企业自查")
      .sharingValues()
      .column("business_id", REQUIRED, TEXT, "主体编号")
      .column("kind", ValueAliases.SELF_CHECK_KIND, "自查类型", "类型")
      .column("date", REQUIRED, DATE, "自查日期", "日期")
      .column("findings", OPTIONAL, TEXT, "发现问题", "问题描述")
      .build(r -> {
        String business = r.text("business_id");
        SelfCheckKind kind = r.value("kind");
        LocalDate date = r.date("date");
        Optional<String> findings = r.optionalText("findings");
        return r.failed() ? null : SelfCheck.builder().business(r.shared(Interner.BUSINESS, business)).kind(kind)
            .date(date)
            .findings(findings).build();
      }, c -> row(c.business().value(), c.kind(), c.date(), c.findings()), RecordSink::selfCheck);

  /** Every file, in FORMAT.md's order. */
  static final List<FileSchema<?>> ALL = List.of(DIVISIONS, BUSINESSES, STATUS_CHANGES, CADRES, RELATIONS, DOCUMENTS,
      SUPERVISIONS, PROBLEMS, STAFF, SELF_CHECKS);

  /** The work plan file's name. */
  static final String WORKPLAN = "workplan.json";
  /** Names a workbook sheet holding the work plan's JSON may carry. */
  static final List<String> WORKPLAN_SHEETS = List.of("workplan.json", "workplan", "工作方案");

  /** Unwraps optionals into their value or null, so every cell is a plain value. */
  private static List<Object> row(Object... cells) {
    Object[] plain = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      Object c = cells[i];
      if (c instanceof Optional<?> o) {
        plain[i] = o.orElse(null);
      } else if (c instanceof OptionalInt o) {
        plain[i] = o.isPresent() ? o.getAsInt() : null;
      } else {
        plain[i] = c;
      }
    }
    return Arrays.asList(plain);
  }
}
