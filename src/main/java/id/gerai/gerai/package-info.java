/** The gerai network, their officers, the city forum (FGKS) and its decrees. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "wilayah"})
package id.gerai.gerai;
