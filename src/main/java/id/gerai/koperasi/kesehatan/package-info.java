/**
 * The health assessment engine: the rubric as data (aspects, components, weights, linear formulas,
 * scoring tables, predicate bands), its reading and checking, and the computation of a worksheet
 * from one year's figures. Plain Java, no Spring. Exposed as a named interface because the module's
 * worksheet types carry these results.
 */
@org.springframework.modulith.NamedInterface("kesehatan")
package id.gerai.koperasi.kesehatan;
