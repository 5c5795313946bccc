package dev.responsibility.core.port;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.Supervision;
import java.util.Objects;

/**
 * A record a provincial platform exchanges: a business, a cadre, a relation, a document's
 * metadata, a supervision or a problem. Immutable and thread-safe.
 */
public sealed interface PlatformRecord {

  /** The kinds of record exchanged with a platform. */
  enum Kind {
    /** A business. */
    BUSINESS,
    /** A cadre. */
    CADRE,
    /** A guarantee relation. */
    RELATION,
    /** A cadre's document (metadata and scan hash, never the scan). */
    DOCUMENT,
    /** A supervision record. */
    SUPERVISION,
    /** A problem. */
    PROBLEM
  }

  /** @return the kind */
  Kind kind();

  /** @return the record's id as written in the data */
  String id();

  /**
   * @param business a business, not null
   * @return it, as a platform record
   */
  static PlatformRecord of(Business business) {
    return new OfBusiness(business);
  }

  /**
   * @param cadre a cadre, not null
   * @return it, as a platform record
   */
  static PlatformRecord of(Cadre cadre) {
    return new OfCadre(cadre);
  }

  /**
   * @param relation a relation, not null
   * @return it, as a platform record
   */
  static PlatformRecord of(GuaranteeRelation relation) {
    return new OfRelation(relation);
  }

  /**
   * @param document a document, not null
   * @return it, as a platform record
   */
  static PlatformRecord of(CadreDocument document) {
    return new OfDocument(document);
  }

  /**
   * @param supervision a supervision, not null
   * @return it, as a platform record
   */
  static PlatformRecord of(Supervision supervision) {
    return new OfSupervision(supervision);
  }

  /**
   * @param problem a problem, not null
   * @return it, as a platform record
   */
  static PlatformRecord of(Problem problem) {
    return new OfProblem(problem);
  }

  /** @param business the record */
  record OfBusiness(Business business) implements PlatformRecord {
    /** @param business as in the record description */
    public OfBusiness {
      Objects.requireNonNull(business, "business");
    }

    @Override
    public Kind kind() {
      return Kind.BUSINESS;
    }

    @Override
    public String id() {
      return business.id().value();
    }
  }

  /** @param cadre the record */
  record OfCadre(Cadre cadre) implements PlatformRecord {
    /** @param cadre as in the record description */
    public OfCadre {
      Objects.requireNonNull(cadre, "cadre");
    }

    @Override
    public Kind kind() {
      return Kind.CADRE;
    }

    @Override
    public String id() {
      return cadre.id().value();
    }
  }

  /** @param relation the record */
  record OfRelation(GuaranteeRelation relation) implements PlatformRecord {
    /** @param relation as in the record description */
    public OfRelation {
      Objects.requireNonNull(relation, "relation");
    }

    @Override
    public Kind kind() {
      return Kind.RELATION;
    }

    @Override
    public String id() {
      return relation.id().value();
    }
  }

  /** @param document the record */
  record OfDocument(CadreDocument document) implements PlatformRecord {
    /** @param document as in the record description */
    public OfDocument {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public Kind kind() {
      return Kind.DOCUMENT;
    }

    @Override
    public String id() {
      return document.id().value();
    }
  }

  /** @param supervision the record */
  record OfSupervision(Supervision supervision) implements PlatformRecord {
    /** @param supervision as in the record description */
    public OfSupervision {
      Objects.requireNonNull(supervision, "supervision");
    }

    @Override
    public Kind kind() {
      return Kind.SUPERVISION;
    }

    @Override
    public String id() {
      return supervision.id().value();
    }
  }

  /** @param problem the record */
  record OfProblem(Problem problem) implements PlatformRecord {
    /** @param problem as in the record description */
    public OfProblem {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public Kind kind() {
      return Kind.PROBLEM;
    }

    @Override
    public String id() {
      return problem.id().value();
    }
  }
}
