package dev.responsibility.testkit;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.dataset.RecordSink;
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
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.SelfCheckKind;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.DirectorMandate;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Makes a realistic data set of any size, from a township to a province, the same for the same
 * seed and size: a division tree with 12-digit codes (about 150 businesses a township, 15
 * villages each), businesses of every category with valid unique credit codes and licences,
 * cadres of the four levels in the right divisions, one relation per business to a cadre of its
 * grade's level, the three documents, principals, officers and the directors the mandate asks
 * for, a supervision per relation and quarter entered on time, problems and self-checks. With no
 * faults the checks find nothing as of the day asked; a fault rate mixes in the faults a real
 * township has. Records stream into any {@link RecordSink}, so a province can be written to files
 * without being held. Immutable and thread-safe; each {@code writeTo} starts from the seed.
 */
public final class DataSetGenerator {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "霞"};
  private static final String[] PLACE = {"东", "西", "南", "北", "新", "河", "山", "石", "桥", "林", "湖", "安", "平", "兴", "和", "丰"};
  private static final String[] SHOP = {"便民超市", "小吃店", "面馆", "饭店", "粮油店", "食品厂", "酒家", "豆腐坊", "茶庄", "蛋糕店"};
  private static final Category[] CATEGORIES = Category.values();
  /** Relative frequency of each category, in {@link Category} order: sellers and caterers dominate, as in a township. */
  private static final int[] CATEGORY_WEIGHTS = {1, 6, 6, 30, 1, 28, 1, 1, 4, 4, 2, 4, 12};
  private static final Policy POLICY = Policy.defaults();
  private static final DirectorMandate MANDATE = DirectorMandate.defaults();

  private final long seed;
  private final int businesses;
  private final LocalDate asOf;
  private final double faultRate;

  private DataSetGenerator(long seed, int businesses, LocalDate asOf, double faultRate) {
    if (businesses < 1) {
      throw new IllegalArgumentException("businesses must be >= 1: " + businesses);
    }
    if (faultRate < 0 || faultRate > 1) {
      throw new IllegalArgumentException("faultRate must be in [0, 1]: " + faultRate);
    }
    this.seed = seed;
    this.businesses = businesses;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.faultRate = faultRate;
  }

  /**
   * @param seed the seed
   * @param businesses how many businesses, ≥ 1
   * @return a generator for 15 May 2023 (mid second quarter of the seed plan) with no faults
   */
  public static DataSetGenerator of(long seed, int businesses) {
    return new DataSetGenerator(seed, businesses, LocalDate.of(2023, 5, 15), 0);
  }

  /**
   * @param day the day the data set is made for, not null (its year's supervisions up to the day are made)
   * @return the same generator for that day
   */
  public DataSetGenerator asOf(LocalDate day) {
    return new DataSetGenerator(seed, businesses, day, faultRate);
  }

  /**
   * @param rate the share of businesses (and cadres) given a fault, 0 to 1
   * @return the same generator with that fault rate
   */
  public DataSetGenerator faultRate(double rate) {
    return new DataSetGenerator(seed, businesses, asOf, rate);
  }

  /** @return the day the data set is made for */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the generated data set, built in memory */
  public GeneratedDataSet generate() {
    DataSet.Builder builder = DataSet.builder();
    writeTo(builder);
    return new GeneratedDataSet(builder.build(), asOf, seed);
  }

  /**
   * Streams every record into a sink: divisions first, then each business with its records, then
   * the cadres and their documents.
   *
   * @param sink the sink, not null
   */
  public void writeTo(RecordSink sink) {
    new Run(sink).run();
  }

  /** One generation: the random stream and what has been made so far. */
  private final class Run {
    private final RecordSink sink;
    private final SplittableRandom rnd = new SplittableRandom(seed);
    private final List<String> cities = new ArrayList<>();
    private final List<String> counties = new ArrayList<>();
    private final List<String> townships = new ArrayList<>();
    private final Map<String, List<String>> villagesOf = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    /** For each division and level, the cadres made there and how many businesses the newest one holds. */
    private final Map<String, List<String>> cadresAt = new HashMap<>();
    private final Map<String, Integer> loadOfNewest = new HashMap<>();
    private final Map<String, Cadre> cadres = new HashMap<>();
    private final List<String> cadreOrder = new ArrayList<>();
    private final LocalDate yearStart = asOf.withDayOfYear(1);
    private final WorkPlans plans = WorkPlans.defaults();
    private long supervisionSeq;
    private long problemSeq;
    private String previousCreditCode = "";

    Run(RecordSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    void run() {
      divisions();
      for (int i = 1; i <= businesses; i++) {
        business(i);
      }
      for (String id : cadreOrder) {
        cadreAndDocuments(cadres.get(id));
      }
    }

    private void divisions() {
      int townshipCount = Math.max(1, (int) Math.ceil(businesses / 150.0));
      int villagesPerTownship = Math.max(1, Math.min(15, businesses / 10));
      int countyCount = Math.max(1, (int) Math.ceil(townshipCount / 15.0));
      int cityCount = Math.max(1, (int) Math.ceil(countyCount / 10.0));
      String province = "430000000000";
      emit(province, "湖南省", DivisionLevel.PROVINCE, null);
      for (int c = 1; c <= cityCount; c++) {
        String city = String.format("43%02d00000000", c);
        cities.add(city);
        emit(city, placeName() + "市", DivisionLevel.CITY, province);
      }
      for (int k = 0; k < countyCount; k++) {
        String city = cities.get(k % cityCount);
        String county = city.substring(0, 4) + String.format("%02d", k / cityCount + 1) + "000000";
        counties.add(county);
        emit(county, placeName() + "县", DivisionLevel.COUNTY, city);
      }
      for (int t = 0; t < townshipCount; t++) {
        String county = counties.get(t % countyCount);
        String township = county.substring(0, 6) + String.format("%03d", t / countyCount + 1) + "000";
        townships.add(township);
        emit(township, placeName() + (t % 3 == 0 ? "镇" : "乡"), DivisionLevel.TOWNSHIP, county);
        List<String> villages = new ArrayList<>();
        for (int v = 1; v <= villagesPerTownship; v++) {
          String village = township.substring(0, 9) + String.format("%03d", v);
          villages.add(village);
          emit(village, placeName() + "村", DivisionLevel.VILLAGE, township);
        }
        villagesOf.put(township, villages);
      }
    }

    private void emit(String code, String name, DivisionLevel level, String parent) {
      if (parent != null) {
        parentOf.put(code, parent);
      }
      sink.division(Division.builder().code(DivisionCode.of(code)).name(name).level(level)
          .parentCode(java.util.Optional.ofNullable(parent).map(DivisionCode::of)).build());
    }

    private void business(int i) {
      String id = String.format("B%07d", i);
      String township = townships.get(rnd.nextInt(townships.size()));
      List<String> villages = villagesOf.get(township);
      String village = villages.get(rnd.nextInt(villages.size()));
      Category category = weighted();
      Grade grade = gradeFor(category);
      BusinessSize size = sizeFor(grade);
      int diners = category.name().startsWith("CANTEEN") || category == Category.MEAL_DISTRIBUTOR ? 50 + rnd.nextInt(1500) : 0;
      boolean highRisk = rnd.nextInt(10) == 0;
      String division = grade == Grade.D ? village : rnd.nextInt(4) == 0 ? township : village;
      LocalDate issued = asOf.minusDays(30 + rnd.nextInt(1500));
      boolean fault = faultRate > 0 && rnd.nextDouble() < faultRate;
      int faultKind = fault ? rnd.nextInt(12) : -1;

      String creditCode = creditCode(i, township, category);
      if (faultKind == 0) {
        creditCode = creditCode.isEmpty() ? "91" + township.substring(0, 6) + "00000000X0" : creditCode.substring(0, 17) + "0";
      } else if (faultKind == 1 && !previousCreditCode.isEmpty()) {
        creditCode = previousCreditCode;
      }
      previousCreditCode = creditCode.isEmpty() ? previousCreditCode : creditCode;
      String licence = faultKind == 2 ? "JY" + i : licence(i, category);

      CadreLevel level = POLICY.cadreLevelFor(grade);
      String cadreDivision = switch (level) {
        case CITY -> parentOf.get(parentOf.get(township));
        case COUNTY -> parentOf.get(township);
        case TOWNSHIP -> township;
        case VILLAGE -> village;
      };
      Cadre cadre = cadreFor(cadreDivision, level);
      Business business = Business.builder().id(BusinessId.of(id)).name(placeName() + SHOP[rnd.nextInt(SHOP.length)])
          .creditCode(CreditCode.of(creditCode)).licenseNumber(LicenseNumber.of(licence)).licenseIssued(issued)
          .licenseExpires(issued.plusYears(5)).category(category).size(size)
          .grade(faultKind == 3 ? (grade == Grade.D ? Grade.C : Grade.D) : grade)
          .division(DivisionCode.of(faultKind == 4 ? "439999999999" : division)).diners(diners).highRisk(highRisk).build();
      sink.business(business);

      // A few businesses closed last year, their relation ended with them: out of the base, no fault.
      boolean closed = rnd.nextInt(50) == 0;
      LocalDate relationFrom = yearStart.minusYears(1);
      if (closed) {
        LocalDate closedOn = yearStart.minusDays(1 + rnd.nextInt(200));
        sink.statusChange(new StatusChange(business.id(), OperatingStatus.CLOSED, closedOn));
        sink.relation(relation("R" + id.substring(1), cadre, business, relationFrom.minusYears(1), closedOn.minusDays(1)));
        return;
      }
      if (faultKind == 5) {
        sink.statusChange(new StatusChange(business.id(), OperatingStatus.SUSPENDED, asOf.minusDays(1 + rnd.nextInt(20))));
      }
      if (faultKind != 6) {
        sink.relation(relation("R" + id.substring(1), cadre, business, relationFrom, null));
        supervisions(business, cadre, faultKind);
      }
      if (faultKind == 7) {
        sink.relation(relation("R" + id.substring(1) + "-2", cadre, business, relationFrom.plusDays(30), null));
      }
      if (faultKind == 8) {
        sink.relation(GuaranteeRelation.builder().id(RelationId.of("R" + id.substring(1) + "-X"))
            .cadre(CadreId.of("C-UNKNOWN")).business(business.id()).validFrom(relationFrom.minusYears(1))
            .validTo(relationFrom.minusDays(1)).build());
      }
      staff(business, faultKind);
    }

    private GuaranteeRelation relation(String id, Cadre cadre, Business business, LocalDate from, LocalDate to) {
      return GuaranteeRelation.builder().id(RelationId.of(id)).cadre(cadre.id()).business(business.id())
          .validFrom(from).validTo(java.util.Optional.ofNullable(to)).build();
    }

    private void staff(Business business, int faultKind) {
      if (business.category().isSmallOperator()) {
        return;
      }
      String id = business.id().value().substring(1);
      LocalDate from = business.licenseIssued();
      sink.staff(person("P" + id, business, StaffRole.PRINCIPAL, from));
      if (faultKind != 9) {
        sink.staff(person("O" + id, business, StaffRole.OFFICER, from));
      }
      if (MANDATE.isMandatory(business, asOf) && faultKind != 10) {
        sink.staff(person("D" + id, business, StaffRole.DIRECTOR, from));
      }
      if (rnd.nextInt(100) == 0) {
        for (int d = 0; d < 7; d++) {
          sink.selfCheck(SelfCheck.builder().business(business.id()).kind(SelfCheckKind.DAILY).date(asOf.minusDays(d))
              .findings(d == 3 ? java.util.Optional.of("冷库温度偏高，已调整") : java.util.Optional.empty()).build());
        }
        sink.selfCheck(SelfCheck.builder().business(business.id()).kind(SelfCheckKind.WEEKLY).date(asOf.minusDays(2)).build());
        sink.selfCheck(SelfCheck.builder().business(business.id()).kind(SelfCheckKind.MONTHLY).date(asOf.withDayOfMonth(1)).build());
      }
    }

    private StaffAppointment person(String id, Business business, StaffRole role, LocalDate from) {
      return StaffAppointment.builder().id(StaffId.of(id)).business(business.id()).role(role).personName(personName())
          .appointedOn(from).build();
    }

    /** One supervision per quarter of the year up to the day, entered on time; the current quarter's most of the time. */
    private void supervisions(Business business, Cadre cadre, int faultKind) {
      int current = (asOf.getMonthValue() + 2) / 3;
      for (int q = 1; q <= current; q++) {
        EntryWindow w = plans.forYear(asOf.getYear()).window(q);
        LocalDate lastVisit = q < current || asOf.minusDays(1).isAfter(w.last()) ? w.last() : asOf.minusDays(1);
        if (lastVisit.isBefore(w.first()) || (q == current && rnd.nextInt(10) < 4)) {
          continue;
        }
        LocalDate visit = w.first().plusDays(rnd.nextInt((int) (lastVisit.toEpochDay() - w.first().toEpochDay()) + 1));
        LocalDate entry = visit.plusDays(rnd.nextInt(3));
        if (entry.isAfter(w.entryDeadline()) || entry.isAfter(asOf)) {
          entry = visit;
        }
        if (faultKind == 11 && q == current - 1) {
          entry = w.entryDeadline().plusDays(1);
        }
        int problems = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(2) : 0;
        SupervisionMode mode = business.highRisk() || rnd.nextInt(4) > 0 ? SupervisionMode.ON_SITE
            : rnd.nextBoolean() ? SupervisionMode.CENTRALISED : SupervisionMode.VIDEO;
        SupervisionId id = SupervisionId.of(String.format("S%09d", ++supervisionSeq));
        sink.supervision(Supervision.builder().id(id).cadre(cadre.id()).business(business.id()).visitDate(visit)
            .enteredAt(OffsetDateTime.of(entry.atTime(9 + rnd.nextInt(9), rnd.nextInt(60)), CST)).mode(mode)
            .problemsFound(problems).build());
        for (int p = 0; p < problems; p++) {
          LocalDate closedOn = visit.plusDays(7 + rnd.nextInt(30));
          boolean closedByNow = !closedOn.isAfter(asOf) && rnd.nextInt(5) > 0;
          sink.problem(Problem.builder().id(ProblemId.of(String.format("Q%09d", ++problemSeq))).supervision(id)
              .business(business.id()).foundOn(visit).referredOn(visit.plusDays(1))
              .rectifiedOn(closedByNow ? java.util.Optional.of(closedOn.minusDays(2)) : java.util.Optional.empty())
              .closedOn(closedByNow ? java.util.Optional.of(closedOn) : java.util.Optional.empty()).build());
        }
      }
    }

    /** The cadre of a division and level who takes the next business: a new one every ten businesses. */
    private Cadre cadreFor(String division, CadreLevel level) {
      String key = level + "@" + division;
      List<String> pool = cadresAt.computeIfAbsent(key, k -> new ArrayList<>());
      int load = loadOfNewest.getOrDefault(key, 10);
      if (load >= 10) {
        String id = String.format("C%06d", cadres.size() + 1);
        Cadre cadre = Cadre.builder().id(CadreId.of(id)).name(personName()).level(level).division(DivisionCode.of(division))
            .post(post(level)).activeFrom(yearStart.minusYears(2))
            .phone(PhoneNumber.of(String.format("1%02d%08d", 30 + rnd.nextInt(60), rnd.nextInt(100_000_000)))).build();
        cadres.put(id, cadre);
        cadreOrder.add(id);
        pool.add(id);
        load = 0;
      }
      loadOfNewest.put(key, load + 1);
      return cadres.get(pool.get(pool.size() - 1));
    }

    private void cadreAndDocuments(Cadre cadre) {
      boolean leaves = faultRate > 0 && rnd.nextDouble() < faultRate / 4;
      sink.cadre(leaves ? Cadre.builder().from(cadre).activeTo(asOf.minusDays(1 + rnd.nextInt(30))).build() : cadre);
      boolean missing = faultRate > 0 && rnd.nextDouble() < faultRate;
      for (DocumentKind kind : DocumentKind.values()) {
        if (missing && kind == DocumentKind.TASK_LIST) {
          continue;
        }
        LocalDate signed = asOf.minusDays(rnd.nextInt(300));
        sink.document(CadreDocument.builder().id(DocumentId.of(cadre.id().value() + "-" + kind.ordinal()))
            .cadre(cadre.id()).kind(kind).signedOn(signed)
            .scanSha256(String.format("%064x", new java.math.BigInteger(63, new java.util.Random(rnd.nextLong())))).build());
      }
    }

    private Category weighted() {
      int total = 0;
      for (int w : CATEGORY_WEIGHTS) {
        total += w;
      }
      int r = rnd.nextInt(total);
      for (int c = 0; c < CATEGORIES.length; c++) {
        r -= CATEGORY_WEIGHTS[c];
        if (r < 0) {
          return CATEGORIES[c];
        }
      }
      return Category.FOOD_SELLER;
    }

    private Grade gradeFor(Category category) {
      if (category.isSmallOperator()) {
        return Grade.D;
      }
      int r = rnd.nextInt(100);
      return r < 2 ? Grade.A : r < 10 ? Grade.B : r < 50 ? Grade.C : Grade.D;
    }

    private BusinessSize sizeFor(Grade grade) {
      return switch (grade) {
        case A -> BusinessSize.LARGE;
        case B -> BusinessSize.MEDIUM;
        case C -> BusinessSize.SMALL;
        case D -> BusinessSize.MICRO;
      };
    }

    /** A valid code unique to the business: registration and type, the county, the business's number, the check. */
    private String creditCode(int i, String township, Category category) {
      if (category.isSmallOperator() && rnd.nextBoolean()) {
        return "";
      }
      StringBuilder number = new StringBuilder();
      long n = i;
      for (int k = 0; k < 9; k++) {
        number.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt((int) (n % 31)));
        n /= 31;
      }
      String first17 = (category.isSmallOperator() ? "92" : "91") + township.substring(0, 6) + number.reverse();
      return first17 + CreditCode.checkCharacter(first17);
    }

    private String licence(int i, Category category) {
      return switch (category.licenceForm()) {
        case PRODUCTION -> String.format("SC%014d", 10_643_000_000_000L + i);
        case TRADE -> String.format("JY%014d", 14_301_000_000_000L + i);
        case LOCAL_REGISTRATION -> "登记" + String.format("%08d", i);
      };
    }

    private String post(CadreLevel level) {
      return switch (level) {
        case CITY -> "市市场监管局副局长";
        case COUNTY -> "县食安办副主任";
        case TOWNSHIP -> "乡镇副镇长";
        case VILLAGE -> "村党支部书记";
      };
    }

    private String personName() {
      return SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)]
          + (rnd.nextBoolean() ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
    }

    private String placeName() {
      return PLACE[rnd.nextInt(PLACE.length)] + PLACE[rnd.nextInt(PLACE.length)];
    }
  }
}
