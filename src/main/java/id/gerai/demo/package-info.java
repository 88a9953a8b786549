/**
 * The demo data set: on a fresh embedded H2 database (the try-it-out install), one account per role
 * with a documented password, so every screen can be seen through each role's eyes.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai", "akun", "umkm", "koperasi", "konsultasi"})
package id.gerai.demo;
