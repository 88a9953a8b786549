package id.gerai.shared;

import java.util.Map;

/** A SQL condition with its named parameters, ready to be ANDed into a query. */
public record SyaratSql(String sql, Map<String, Object> params) {

  public static final SyaratSql TIDAK_ADA = new SyaratSql("1 = 0", Map.of());
}
