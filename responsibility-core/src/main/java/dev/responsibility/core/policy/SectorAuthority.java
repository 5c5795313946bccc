package dev.responsibility.core.policy;

import dev.responsibility.core.model.InvalidRecordException;

/**
 * A sector authority holding departmental responsibility (部门主管责任) for some categories of
 * business: education for school canteens, civil affairs for elderly care, and so on. An open
 * set: an embedder may name its own. Immutable and thread-safe.
 *
 * @param code a stable code, such as {@code EDUCATION}; not blank
 * @param chineseName the Chinese name, such as {@code 教育部门}; not blank
 * @param englishName the English name; not blank
 */
public record SectorAuthority(String code, String chineseName, String englishName) {

  /** 教育部门: school and kindergarten canteens. */
  public static final SectorAuthority EDUCATION = new SectorAuthority("EDUCATION", "教育部门", "Education");
  /** 民政部门: elderly-care canteens. */
  public static final SectorAuthority CIVIL_AFFAIRS =
      new SectorAuthority("CIVIL_AFFAIRS", "民政部门", "Civil affairs");
  /** 卫生健康部门: hospital canteens. */
  public static final SectorAuthority HEALTH = new SectorAuthority("HEALTH", "卫生健康部门", "Health");
  /** 农业农村部门: edible farm produce. */
  public static final SectorAuthority AGRICULTURE =
      new SectorAuthority("AGRICULTURE", "农业农村部门", "Agriculture");

  /** @throws InvalidRecordException if a name or the code is blank
   * @param code as in the record description
   * @param chineseName as in the record description
   * @param englishName as in the record description
   */
  public SectorAuthority {
    for (String[] field : new String[][] {{"code", code}, {"chineseName", chineseName}, {"englishName", englishName}}) {
      if (field[1] == null || field[1].isBlank()) {
        throw InvalidRecordException.of("SectorAuthority", field[0], field[1], "must not be empty");
      }
    }
  }
}
