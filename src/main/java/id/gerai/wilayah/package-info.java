/** The Kemendagri area tree: provinsi, kabupaten/kota, kecamatan, kelurahan/desa. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.gerai.wilayah;
