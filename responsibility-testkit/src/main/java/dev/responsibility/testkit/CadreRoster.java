package dev.responsibility.testkit;

import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.PhoneNumber;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The cadres of one generation run. For each level and division a pool hands new businesses to
 * its newest cadre until that cadre holds a level's share, then makes another. A cadre is sent to
 * the sink with its documents the moment it is made, before any relation names it, so the run
 * keeps only each pool's newest cadre. Some cadres took over from a predecessor during the year:
 * the predecessor, gone since, keeps the relations that ran before the takeover.
 */
final class CadreRoster {

  /** Businesses a cadre of each level takes, in {@link CadreLevel} order: a village cadre serves a whole village. */
  private static final int[] CAPACITY = {10, 12, 15, 25};
  private static final String[][] POSTS = {
      {"副市长", "市市场监管局局长", "市市场监管局副局长"},
      {"副县长", "县市场监管局局长", "县食安办主任"},
      {"镇长", "副镇长", "镇党委委员"},
      {"村党支部书记", "村委会主任", "村食品安全协管员"}};
  private static final int HANDOVER_PERCENT = 10;

  /**
   * The cadre who answers for a business from the day they took over, and the predecessor who
   * answered before, if any.
   *
   * @param cadre the cadre now serving, active on the run's day
   * @param predecessor the cadre who served before {@code tookOver}, gone since
   * @param tookOver the first day of {@code cadre}'s service in the pool; meaningful only with a predecessor
   */
  record Guarantor(Cadre cadre, Optional<Cadre> predecessor, LocalDate tookOver) {}

  private static final class Pool {
    Guarantor newest;
    int load;
  }

  private final RecordSink sink;
  private final SplittableRandom random;
  private final LocalDate asOf;
  private final LocalDate bindingStart;
  private final int maxLoad;
  /** The pools of each level, in {@link CadreLevel} order, by division. */
  private final List<Map<String, Pool>> pools = new ArrayList<>();
  private long cadres;
  private long documents;

  /**
   * @param bindingStart the day relations of long-standing businesses start from; every cadre
   *     made is active on {@code asOf}, and regular cadres since before {@code bindingStart}
   * @param maxLoad the most businesses a cadre takes, whatever the level's usual load
   */
  CadreRoster(RecordSink sink, SplittableRandom random, LocalDate asOf, LocalDate bindingStart, int maxLoad) {
    this.maxLoad = maxLoad;
    this.sink = sink;
    this.random = random;
    this.asOf = asOf;
    this.bindingStart = bindingStart;
    for (int i = 0; i < CadreLevel.values().length; i++) {
      pools.add(new HashMap<>());
    }
  }

  /** The cadre of a level and division who takes the next business there. */
  Guarantor assign(CadreLevel level, String division) {
    Pool pool = pools.get(level.ordinal()).computeIfAbsent(division, k -> new Pool());
    if (pool.newest == null || pool.load >= Math.min(maxLoad, CAPACITY[level.ordinal()])) {
      pool.newest = newGuarantor(level, division);
      pool.load = 0;
    }
    pool.load++;
    return pool.newest;
  }

  /**
   * A cadre made for one business only, outside the pools: active on the run's day unless
   * {@code leftOn} is given, holding every document except {@code missing}.
   *
   * @param leftOn the cadre's last day, before the run's day; null for an active cadre
   * @param missing a kind of document the cadre has never signed; null for none
   */
  Cadre dedicated(CadreLevel level, String division, LocalDate leftOn, DocumentKind missing) {
    LocalDate from = bindingStart.minusDays(1 + random.nextInt(1500));
    Cadre cadre = cadre(level, division, from, leftOn);
    sink.cadre(cadre);
    documents(cadre, leftOn == null ? asOf : leftOn, missing);
    return cadre;
  }

  private Guarantor newGuarantor(CadreLevel level, String division) {
    if (random.nextInt(100) >= HANDOVER_PERCENT) {
      return new Guarantor(dedicated(level, division, null, null), Optional.empty(), null);
    }
    // Took over on a day between a month after the binding start and the run's day.
    LocalDate earliest = bindingStart.plusDays(30);
    LocalDate tookOver = earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, asOf) + 1));
    Cadre predecessor = cadre(level, division, bindingStart.minusDays(365 + random.nextInt(1000)), tookOver.minusDays(1));
    sink.cadre(predecessor);
    documents(predecessor, predecessor.activeTo().orElseThrow(), null);
    Cadre cadre = cadre(level, division, tookOver.minusDays(random.nextInt(31)), null);
    sink.cadre(cadre);
    documents(cadre, asOf, null);
    return new Guarantor(cadre, Optional.of(predecessor), tookOver);
  }

  private Cadre cadre(CadreLevel level, String division, LocalDate from, LocalDate to) {
    String[] posts = POSTS[level.ordinal()];
    String phone = Ids.pad("1" + "35789".charAt(random.nextInt(5)), random.nextInt(1_000_000_000), 9);
    return Cadre.builder().id(CadreId.of(Ids.Kind.CADRE.of(++cadres))).name(ChineseNames.person(random))
        .level(level).division(DivisionCode.of(division)).post(posts[random.nextInt(posts.length)])
        .activeFrom(from).activeTo(Optional.ofNullable(to)).phone(PhoneNumber.of(phone)).build();
  }

  /**
   * The three documents, each signed in the first weeks of {@code validOn}'s year, by the day the
   * seed plan has them uploaded (25 March), or on the day a cadre who started later took office,
   * so valid from then through the year's end; for half the cadres last year's as well.
   */
  private void documents(Cadre cadre, LocalDate validOn, DocumentKind missing) {
    LocalDate yearStart = validOn.withDayOfYear(1);
    LocalDate uploadedBy = Quarters.earliest(validOn, LocalDate.of(validOn.getYear(), 3, 25));
    int window = (int) java.time.temporal.ChronoUnit.DAYS.between(yearStart, uploadedBy);
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind == missing) {
        continue;
      }
      LocalDate signed = Quarters.latest(cadre.activeFrom(), yearStart.plusDays(random.nextInt(window + 1)));
      boolean renewed = random.nextBoolean() && !signed.minusYears(1).isBefore(cadre.activeFrom());
      if (renewed) {
        document(cadre, kind, signed.minusYears(1));
      }
      document(cadre, kind, signed);
    }
  }

  private void document(Cadre cadre, DocumentKind kind, LocalDate signed) {
    Optional<String> scan = random.nextInt(5) > 0 ? Optional.of(sha256Like()) : Optional.empty();
    sink.document(CadreDocument.builder().id(DocumentId.of(Ids.Kind.DOCUMENT.of(++documents))).cadre(cadre.id())
        .kind(kind).signedOn(signed).scanSha256(scan).build());
  }

  private String sha256Like() {
    StringBuilder hex = new StringBuilder(64);
    for (int i = 0; i < 4; i++) {
      String part = Long.toHexString(random.nextLong());
      hex.append("0".repeat(16 - part.length())).append(part);
    }
    return hex.toString();
  }
}
