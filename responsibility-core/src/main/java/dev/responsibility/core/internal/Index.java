package dev.responsibility.core.internal;

import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.StatusChange;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The compact index of a data set: ids interned to int keys, days as epoch-day ints (an open end
 * is {@link #OPEN}), one array per column, and compressed rows from each business and cadre to
 * its relations, documents, supervisions, staff and problems. Built once; immutable after. The
 * arrays are exposed for speed and must be treated as read-only.
 */
public final class Index {

  /** The epoch day standing for an open-ended range. */
  public static final int OPEN = Integer.MAX_VALUE;

  private static final byte OPERATING = (byte) OperatingStatus.OPERATING.ordinal();

  // Divisions: known ones first (the data set's), then codes only referenced.
  public final Keys divisions;
  public final int[] divisionParent;
  private final int[] preorder;
  private final int[] postorder;
  private final int[] inPreorder;

  // Businesses: key i < businesses.knownCount() is the i-th business record.
  public final Keys businesses;
  public final int[] licenseIssued;
  public final int[] licenseExpires;
  public final byte[] category;
  public final byte[] size;
  public final byte[] grade;
  public final int[] diners;
  public final boolean[] highRisk;
  public final boolean[] creditCodeValid;
  public final boolean[] licenseNumberValid;
  public final boolean[] smallOperator;
  public final int[] businessDivision;
  /** Groups of businesses sharing a non-empty credit code; -1 for a code no other business has. */
  public final int[] creditGroup;
  public final Rows creditGroups;

  public final int[] statusDay;
  public final byte[] statusValue;
  public final Rows statusesByBusiness;

  // Cadres.
  public final Keys cadres;
  public final byte[] cadreLevel;
  public final int[] cadreDivision;
  public final int[] cadreFrom;
  public final int[] cadreTo;

  // Relations, in id order.
  public final int[] relationCadre;
  public final int[] relationBusiness;
  public final int[] relationFrom;
  public final int[] relationTo;
  public final Rows relationsByBusiness;
  public final Rows relationsByCadre;

  // Documents, in id order.
  public final int[] documentCadre;
  public final byte[] documentKind;
  public final int[] documentFrom;
  public final int[] documentThrough;
  public final Rows documentsByCadre;

  // Supervisions, in id order.
  public final int[] supervisionCadre;
  public final int[] supervisionBusiness;
  public final int[] visitDay;
  public final int[] entryDay;
  public final byte[] supervisionMode;
  public final Rows supervisionsByBusiness;

  // Problems, in id order.
  public final int[] problemBusiness;
  public final int[] problemFound;
  public final int[] problemClosed;
  public final Rows problemsByBusiness;

  // Staff appointments, in id order.
  public final byte[] staffRole;
  public final int[] staffFrom;
  public final int[] staffTo;
  public final int[] staffBusiness;
  public final Rows staffByBusiness;

  /**
   * The relations as the index takes them, one entry per relation in id order: the ids they name
   * and their first and last days ({@link #OPEN} for an open end). The index keeps the arrays.
   */
  public record Relations(TextRefs cadre, TextRefs business, int[] from, int[] to) {}

  /**
   * The supervisions as the index takes them, in id order: the ids they name, the visit and entry
   * days and the mode's ordinal. The index keeps the day and mode arrays.
   */
  public record Supervisions(TextRefs cadre, TextRefs business, int[] visitDay, int[] entryDay, byte[] mode) {}

  /**
   * The staff appointments as the index takes them, in id order: the business, the role's
   * ordinal, the first and last days ({@link #OPEN} for an open end). The index keeps the arrays.
   */
  public record Staff(TextRefs business, byte[] role, int[] from, int[] to) {}

  /**
   * The cadres' documents as the index takes them, in id order: the cadre each names, the kind's
   * ordinal, the day signed and the last day valid. The index keeps the arrays.
   */
  public record Documents(TextRefs cadre, byte[] kind, int[] from, int[] through) {}

  /**
   * The problems as the index takes them, in id order: the business each names, the day found
   * and the day closed ({@link #OPEN} when not closed). The index keeps the day arrays.
   */
  public record Problems(TextRefs business, int[] found, int[] closed) {}

  /**
   * The businesses as the index takes them, in id order: their ids, the division each names, the
   * licence's first and last days ({@link #OPEN} for no expiry), the ordinals of category, size
   * and grade, diners, whether high risk, whether the credit code and licence number are valid,
   * and for each the first business with the same non-empty credit code (-1 when none is
   * earlier). The index keeps the arrays.
   */
  public record Businesses(TextRefs id, TextRefs division, int[] licenseIssued, int[] licenseExpires,
      byte[] category, byte[] size, byte[] grade, int[] diners, boolean[] highRisk, boolean[] creditCodeValid,
      boolean[] licenseNumberValid, int[] sameCreditCodeAs) {}

  /**
   * Builds the index. Every list must be sorted as {@code DataSet} sorts it (by id; status
   * changes by business and day), and the divisions must form a tree whose parents are known.
   * {@code divisionCodes} and {@code cadreIds} are the codes and ids of those records, in their
   * order, held as the caller keeps them compact: the province's millions of references are
   * compared with them.
   */
  public Index(
      List<Division> divisionRecords,
      TextRefs divisionCodes,
      Businesses businessRecords,
      List<StatusChange> statusRecords,
      List<Cadre> cadreRecords,
      TextRefs cadreIds,
      Relations relationRecords,
      Documents documentRecords,
      Supervisions supervisionRecords,
      Problems problemRecords,
      Staff staffRecords) {

    // Divisions and their Euler-tour intervals: a is at or above b iff pre[a] <= pre[b] && post[b] <= post[a].
    Keys.Resolver divisionIds = new Keys.Resolver(divisionCodes);
    businessDivision = divisionIds.keys(businessRecords.division());
    cadreDivision = divisionIds.keys(cadreRecords, c -> c.division().value());
    divisions = divisionIds.finish();
    int nd = divisionRecords.size();
    divisionParent = new int[nd];
    for (int i = 0; i < nd; i++) {
      divisionParent[i] = divisionRecords.get(i).parentCode().map(p -> divisions.keyOf(p.value())).orElse(-1);
    }
    preorder = new int[nd];
    postorder = new int[nd];
    eulerTour(nd);
    // Pre- and post-order share one clock, so sort the keys by their entry time.
    inPreorder = java.util.stream.IntStream.range(0, nd).boxed()
        .sorted(java.util.Comparator.comparingInt(d -> preorder[d])).mapToInt(Integer::intValue).toArray();

    // Businesses.
    Keys.Resolver businessIds = new Keys.Resolver(businessRecords.id());
    int[] statusOwner = businessIds.keys(statusRecords, s -> s.business().value());
    relationBusiness = businessIds.keys(relationRecords.business());
    supervisionBusiness = businessIds.keys(supervisionRecords.business());
    problemBusiness = businessIds.keys(problemRecords.business());
    staffBusiness = businessIds.keys(staffRecords.business());
    businesses = businessIds.finish();
    int nb = businessRecords.id().size();
    licenseIssued = businessRecords.licenseIssued();
    licenseExpires = businessRecords.licenseExpires();
    category = businessRecords.category();
    size = businessRecords.size();
    grade = businessRecords.grade();
    diners = businessRecords.diners();
    highRisk = businessRecords.highRisk();
    creditCodeValid = businessRecords.creditCodeValid();
    licenseNumberValid = businessRecords.licenseNumberValid();
    smallOperator = new boolean[nb];
    Category[] categories = Category.values();
    for (int b = 0; b < nb; b++) {
      smallOperator[b] = categories[category[b]].isSmallOperator();
    }
    creditGroup = new int[nb];
    creditGroups = groupCreditCodes(businessRecords.sameCreditCodeAs());

    int ns = statusRecords.size();
    statusDay = new int[ns];
    statusValue = new byte[ns];
    for (int i = 0; i < ns; i++) {
      StatusChange s = statusRecords.get(i);
      statusDay[i] = day(s.effectiveFrom());
      statusValue[i] = (byte) s.status().ordinal();
    }
    statusesByBusiness = Rows.group(statusOwner, businesses.size());

    // Cadres.
    Keys.Resolver cadreKeys = new Keys.Resolver(cadreIds);
    relationCadre = cadreKeys.keys(relationRecords.cadre());
    documentCadre = cadreKeys.keys(documentRecords.cadre());
    supervisionCadre = cadreKeys.keys(supervisionRecords.cadre());
    cadres = cadreKeys.finish();
    int nc = cadreRecords.size();
    cadreLevel = new byte[nc];
    cadreFrom = new int[nc];
    cadreTo = new int[nc];
    for (int c = 0; c < nc; c++) {
      Cadre r = cadreRecords.get(c);
      cadreLevel[c] = (byte) r.level().ordinal();
      cadreFrom[c] = day(r.activeFrom());
      cadreTo[c] = day(r.activeTo());
    }

    relationFrom = relationRecords.from();
    relationTo = relationRecords.to();
    relationsByBusiness = Rows.group(relationBusiness, businesses.size());
    relationsByCadre = Rows.group(relationCadre, cadres.size());

    documentKind = documentRecords.kind();
    documentFrom = documentRecords.from();
    documentThrough = documentRecords.through();
    documentsByCadre = Rows.group(documentCadre, cadres.size());

    visitDay = supervisionRecords.visitDay();
    entryDay = supervisionRecords.entryDay();
    supervisionMode = supervisionRecords.mode();
    supervisionsByBusiness = Rows.group(supervisionBusiness, businesses.size());

    problemFound = problemRecords.found();
    problemClosed = problemRecords.closed();
    problemsByBusiness = Rows.group(problemBusiness, businesses.size());

    staffRole = staffRecords.role();
    staffFrom = staffRecords.from();
    staffTo = staffRecords.to();
    staffByBusiness = Rows.group(staffBusiness, businesses.size());
  }

  private void eulerTour(int nd) {
    int[] owner = new int[nd];
    for (int i = 0; i < nd; i++) {
      // Roots hang under a virtual node nd.
      owner[i] = divisionParent[i] < 0 ? nd : divisionParent[i];
    }
    Rows children = Rows.group(owner, nd + 1);
    int clock = 0;
    int[] stack = new int[nd + 1];
    int[] next = new int[nd + 1];
    int top = 0;
    stack[0] = nd;
    next[0] = children.from(nd);
    while (top >= 0) {
      int node = stack[top];
      if (next[top] < children.to(node)) {
        int child = children.item(next[top]++);
        preorder[child] = clock++;
        stack[++top] = child;
        next[top] = children.from(child);
      } else {
        if (node < nd) {
          postorder[node] = clock++;
        }
        top--;
      }
    }
  }

  private Rows groupCreditCodes(int[] sameAs) {
    Arrays.fill(creditGroup, -1);
    int groups = 0;
    for (int b = 0; b < sameAs.length; b++) {
      int first = sameAs[b];
      if (first >= 0) {
        if (creditGroup[first] < 0) {
          creditGroup[first] = groups++;
        }
        creditGroup[b] = creditGroup[first];
      }
    }
    // Members in ascending business order, so each group's row lists its businesses in id order.
    int members = 0;
    for (int g : creditGroup) {
      members += g >= 0 ? 1 : 0;
    }
    creditGroupMembers = new int[members];
    int[] owner = new int[members];
    int m = 0;
    for (int b = 0; b < creditGroup.length; b++) {
      if (creditGroup[b] >= 0) {
        creditGroupMembers[m] = b;
        owner[m++] = creditGroup[b];
      }
    }
    return Rows.group(owner, groups);
  }

  private int[] creditGroupMembers;

  /** @return the business key at a position of {@link #creditGroups} */
  public int creditGroupMember(int position) {
    return creditGroupMembers[creditGroups.item(position)];
  }

  /** @return the known division keys, each parent before its children (a copy) */
  public int[] divisionsInPreorder() {
    return inPreorder.clone();
  }

  /**
   * @param code a division code, not null
   * @return its key
   * @throws dev.responsibility.core.model.UnknownScopeException if the data set has no such division
   */
  public int scopeKey(String code) {
    int key = divisions.keyOf(code);
    if (!divisions.isKnown(key)) {
      throw new dev.responsibility.core.model.UnknownScopeException(code);
    }
    return key;
  }

  /** @return the epoch day of a date */
  public static int day(LocalDate date) {
    return (int) date.toEpochDay();
  }

  /** @return the epoch day of an end date, {@link #OPEN} when empty */
  public static int day(Optional<LocalDate> end) {
    return end.isPresent() ? day(end.get()) : OPEN;
  }

  /** @return whether {@code from <= day <= to} */
  public static boolean within(int day, int from, int to) {
    return from <= day && day <= to;
  }

  /**
   * @param child a division key
   * @param ancestor a division key
   * @return whether {@code child} is {@code ancestor} or below it; a division missing from the
   *     data set is below nothing
   */
  public boolean isAtOrBelow(int child, int ancestor) {
    if (child == ancestor) {
      return true;
    }
    int known = divisions.knownCount();
    return child >= 0 && ancestor >= 0 && child < known && ancestor < known
        && preorder[ancestor] <= preorder[child] && postorder[child] <= postorder[ancestor];
  }

  /**
   * @param business a known business key
   * @param day an epoch day
   * @return the status ordinal on that day: that of the latest change on or before it, else OPERATING
   */
  public byte statusOn(int business, int day) {
    byte status = OPERATING;
    for (int p = statusesByBusiness.from(business); p < statusesByBusiness.to(business); p++) {
      int s = statusesByBusiness.item(p);
      if (statusDay[s] > day) {
        break;
      }
      status = statusValue[s];
    }
    return status;
  }

  /** @return whether a known business is in the base on a day: licence valid and OPERATING */
  public boolean isInBase(int business, int day) {
    return within(day, licenseIssued[business], licenseExpires[business]) && statusOn(business, day) == OPERATING;
  }

  /** @return whether a relation is active on a day */
  public boolean isRelationActive(int relation, int day) {
    return within(day, relationFrom[relation], relationTo[relation]);
  }

  /** @return whether a known cadre is active on a day */
  public boolean isCadreActive(int cadre, int day) {
    return within(day, cadreFrom[cadre], cadreTo[cadre]);
  }
}
