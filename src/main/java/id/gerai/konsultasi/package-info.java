/**
 * Problems and solutions: a business or a cooperative brings a problem, it is routed to a mentor, a
 * forum officer or Dinkop staff, answered in a thread, solved with a written solution that becomes
 * anonymised know-how; the counts by category and area are the needs signal. Mentoring sessions are
 * logged on a case or a business.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai", "akun", "umkm", "koperasi"})
package id.gerai.konsultasi;
