package id.gerai.umkm;

/**
 * One code of the KBLI 2020 classification. {@code tingkat} is kategori, golongan_pokok, golongan,
 * subgolongan or kelompok; {@code induk} the parent code (null for a kategori).
 */
public record Kbli(String kode, String tingkat, String induk, String judul) {

  /** The level a business registers under (5 digits, as OSS and the NIB use). */
  public static final String KELOMPOK = "kelompok";

  public boolean kelompok() {
    return KELOMPOK.equals(tingkat);
  }
}
