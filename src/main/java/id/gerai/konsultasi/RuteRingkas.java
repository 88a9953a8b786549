package id.gerai.konsultasi;

/**
 * One row of the routing table: cases of a category (null: any) in an area (code prefix; null:
 * anywhere) go to an account (id and shown name) or a role's queue.
 */
public record RuteRingkas(
    long id,
    KategoriMasalah kategori,
    String prefiksWilayah,
    Long akunId,
    String nama,
    PeranTujuan peran) {

  Tugaskan tujuan() {
    return new Tugaskan(akunId, nama, peran);
  }
}
