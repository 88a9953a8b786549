package id.gerai.koperasi;

/** A rubric version was published: stored assessments must be computed again. */
public record RubrikDiterbitkan(long rubrikId, String regulasi) {}
