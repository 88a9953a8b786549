/**
 * Cooperatives: the register, their people and members, the annual members' meeting (RAT), their
 * financial statements and the health assessment computed from them.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai", "umkm"})
package id.gerai.koperasi;
