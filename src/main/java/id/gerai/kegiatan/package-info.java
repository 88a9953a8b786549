/**
 * Activities and events (kegiatan): safaris, trainings, mentoring sessions, forum meetings,
 * socialisation, festivals and bazaars; their participants, waiting list and attendance, festival
 * tenants with booths and sales, cooperatives as participants, safari visits and the services given
 * at a gerai.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai", "umkm", "koperasi"})
package id.gerai.kegiatan;
