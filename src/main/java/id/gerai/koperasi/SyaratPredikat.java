package id.gerai.koperasi;

import id.gerai.shared.SyaratSql;

/**
 * The list's health-predicate filter as SQL on the cooperative's id column it is given (for example
 * {@code k.id}). {@link SyaratPredikatTerakhir} answers it from the health assessment's tables;
 * without a bean of this type the filter is ignored.
 */
public interface SyaratPredikat {

  SyaratSql syarat(String predikat, String kolomKoperasiId);
}
