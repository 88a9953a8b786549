package id.gerai.koperasi;

import id.gerai.shared.SyaratSql;

/**
 * The list's health-predicate filter, answered by the health assessment when that part of the
 * module provides a bean of this type; without one the filter is ignored. The condition is on the
 * cooperative's id column it is given (for example {@code k.id}).
 */
public interface SyaratPredikat {

  SyaratSql syarat(String predikat, String kolomKoperasiId);
}
