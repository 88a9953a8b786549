/** The web shell's own pages: the home page and the licences of shipped data. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai", "akun"})
package id.gerai.beranda;
