package id.gerai.gerai;

/**
 * The counts of a gerai report: meetings held, members present, new businesses and cooperatives
 * met, services given (NIB help, permit help, consultations) and problems raised.
 */
public record LaporanGeraiAngka(
    int jumlahPertemuan,
    int anggotaHadir,
    int umkmBaru,
    int koperasiBaru,
    int layananNib,
    int layananIzin,
    int layananKonsultasi,
    int permasalahan) {

  public static final LaporanGeraiAngka NOL = new LaporanGeraiAngka(0, 0, 0, 0, 0, 0, 0, 0);

  /** The sum of two contributions, for pre-filling from several modules. */
  public LaporanGeraiAngka tambah(LaporanGeraiAngka lain) {
    if (lain == null) {
      return this;
    }
    return new LaporanGeraiAngka(
        jumlahPertemuan + lain.jumlahPertemuan,
        anggotaHadir + lain.anggotaHadir,
        umkmBaru + lain.umkmBaru,
        koperasiBaru + lain.koperasiBaru,
        layananNib + lain.layananNib,
        layananIzin + lain.layananIzin,
        layananKonsultasi + lain.layananKonsultasi,
        permasalahan + lain.permasalahan);
  }

  /** Whether every count is zero. */
  public boolean nol() {
    return equals(NOL);
  }

  /** The name of the first negative count, or null when none is. */
  String negatif() {
    String[] nama = {
      "jumlahPertemuan", "anggotaHadir", "umkmBaru", "koperasiBaru",
      "layananNib", "layananIzin", "layananKonsultasi", "permasalahan"
    };
    int[] nilai = {
      jumlahPertemuan, anggotaHadir, umkmBaru, koperasiBaru,
      layananNib, layananIzin, layananKonsultasi, permasalahan
    };
    for (int i = 0; i < nilai.length; i++) {
      if (nilai[i] < 0) {
        return nama[i];
      }
    }
    return null;
  }
}
