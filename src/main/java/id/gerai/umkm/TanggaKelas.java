package id.gerai.umkm;

/**
 * The size-class rung of the ladder: the class for empowerment (by annual sales) of the latest year
 * with figures, and the next class with the message key of the step that reaches it in plain words.
 * The step names the sales ceiling of PP 7/2021 Pasal 35 ayat (5), the rule in force; when the
 * latest figures are older than that rule, the step asks for newer figures first.
 */
public record TanggaKelas(
    KelasUsaha kelas,
    Integer tahun,
    DasarKriteria dasar,
    KelasUsaha berikutnya,
    String kunciLangkah) {

  /** The rule whose sales ceilings the next step names. */
  public static final DasarKriteria ATURAN = DasarKriteria.PP_7_2021;

  /** No yearly figures yet: the class is unknown and the step asks for them. */
  public static final TanggaKelas TIDAK_DIKETAHUI =
      new TanggaKelas(null, null, null, null, "umkm.kelas.tangga.langkah.kosong");

  /** The rung from the latest year's class by sales, its year and the rule it was decided by. */
  public static TanggaKelas dari(KelasUsaha kelas, int tahun, DasarKriteria dasar) {
    if (kelas == null) {
      return TIDAK_DIKETAHUI;
    }
    KelasUsaha berikutnya =
        kelas == KelasUsaha.BESAR ? null : KelasUsaha.values()[kelas.ordinal() + 1];
    String langkah =
        dasar != ATURAN
            ? "umkm.kelas.tangga.langkah.perbarui"
            : "umkm.kelas.tangga.langkah." + kelas.name();
    return new TanggaKelas(kelas, tahun, dasar, berikutnya, langkah);
  }

  /** The rung of a year's recorded figures ({@link #TIDAK_DIKETAHUI} when there are none). */
  public static TanggaKelas dari(AngkaTahunan terakhir) {
    return terakhir == null
        ? TIDAK_DIKETAHUI
        : dari(terakhir.kelasPemberdayaan(), terakhir.tahun(), terakhir.dasarKriteria());
  }

  /** Whether the class is known. */
  public boolean diketahui() {
    return kelas != null;
  }

  /** The message key of the class's name ({@code null} when unknown). */
  public String kunciNama() {
    return kelas == null ? null : "umkm.kelas.nama." + kelas.name();
  }
}
