package dev.responsibility.core.internal;

import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.StaffRole;

/**
 * The day-level facts of FORMAT.md over the index, shared by the checks and the metrics so that
 * each is stated once.
 */
public final class Facts {

  private Facts() {}

  /** Whether a business has an appointment in a role active on a day. */
  public static boolean hasActiveStaff(Index ix, int business, StaffRole role, int day) {
    for (int p = ix.staffByBusiness.from(business); p < ix.staffByBusiness.to(business); p++) {
      int s = ix.staffByBusiness.item(p);
      if (ix.staffRole[s] == role.ordinal() && Index.within(day, ix.staffFrom[s], ix.staffTo[s])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a business has any relation active on a day, to any cadre, known or not. */
  public static boolean hasActiveRelation(Index ix, int business, int day) {
    for (int p = ix.relationsByBusiness.from(business); p < ix.relationsByBusiness.to(business); p++) {
      if (ix.isRelationActive(ix.relationsByBusiness.item(p), day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a business has a relation active on a day to a known cadre (active or not). */
  public static boolean hasActiveRelationToKnownCadre(Index ix, int business, int day) {
    for (int p = ix.relationsByBusiness.from(business); p < ix.relationsByBusiness.to(business); p++) {
      int r = ix.relationsByBusiness.item(p);
      if (ix.isRelationActive(r, day) && ix.cadres.isKnown(ix.relationCadre[r])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a business has a relation active on a day to a known cadre who is active that day. */
  public static boolean hasActiveRelationToActiveCadre(Index ix, int business, int day) {
    for (int p = ix.relationsByBusiness.from(business); p < ix.relationsByBusiness.to(business); p++) {
      int r = ix.relationsByBusiness.item(p);
      int c = ix.relationCadre[r];
      if (ix.isRelationActive(r, day) && ix.cadres.isKnown(c) && ix.isCadreActive(c, day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cadre holds an active relation on a day: one naming the cadre and a known business. */
  public static boolean holdsActiveRelation(Index ix, int cadre, int day) {
    for (int p = ix.relationsByCadre.from(cadre); p < ix.relationsByCadre.to(cadre); p++) {
      int r = ix.relationsByCadre.item(p);
      if (ix.businesses.isKnown(ix.relationBusiness[r]) && ix.isRelationActive(r, day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cadre has a document of a kind valid on a day. */
  public static boolean holdsValidDocument(Index ix, int cadre, DocumentKind kind, int day) {
    for (int p = ix.documentsByCadre.from(cadre); p < ix.documentsByCadre.to(cadre); p++) {
      int d = ix.documentsByCadre.item(p);
      if (ix.documentKind[d] == kind.ordinal() && Index.within(day, ix.documentFrom[d], ix.documentThrough[d])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cadre has a valid document of each of the three kinds on a day. */
  public static boolean holdsAllValidDocuments(Index ix, int cadre, int day) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (!holdsValidDocument(ix, cadre, kind, day)) {
        return false;
      }
    }
    return true;
  }
}
