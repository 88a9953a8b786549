/** Micro, small and medium enterprises: business actors, their businesses and size classes. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai"})
package id.gerai.umkm;
