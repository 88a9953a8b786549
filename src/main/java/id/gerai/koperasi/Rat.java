package id.gerai.koperasi;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One fiscal year's RAT of a cooperative. It can only be held after its fiscal year closed; what a
 * cooperative's own officer enters stays unverified until Dinkop staff verify it.
 */
@Table("rat")
class Rat {

  static final String JENIS_JEJAK = "rat";

  @Id private Long id;
  private Long koperasiId;
  private int tahunBuku;
  private LocalDate tanggal;
  private Integer anggotaHadir;
  private Boolean kuorum;
  private Boolean laporanDisahkan;
  private String notulenBerkas;
  private StatusVerifikasi statusVerifikasi;
  private String diverifikasiOleh;
  private Instant diverifikasiPada;
  private String dicatatOleh;
  private Instant dibuatPada;
  private Instant diubahPada;
  @Version private Integer versi;

  Rat() {}

  static Rat baru(long koperasiId, int tahunBuku) {
    Rat r = new Rat();
    r.koperasiId = koperasiId;
    r.tahunBuku = tahunBuku;
    r.dibuatPada = Instant.now();
    r.statusVerifikasi = StatusVerifikasi.BELUM;
    return r;
  }

  /** Replaces the record's figures; the meeting must fall after its fiscal year closed. */
  void catat(CatatRat c, String oleh, boolean terverifikasi) {
    if (!c.tanggal().isAfter(LocalDate.of(tahunBuku, 12, 31))) {
      throw KoperasiDitolak.bidang("tanggal", "koperasi.rat.ditolak.sebelum-tutup-buku");
    }
    tanggal = c.tanggal();
    anggotaHadir = c.anggotaHadir();
    kuorum = c.kuorum();
    laporanDisahkan = c.laporanDisahkan();
    dicatatOleh = oleh;
    diubahPada = Instant.now();
    if (terverifikasi) {
      verifikasi(oleh);
    } else {
      statusVerifikasi = StatusVerifikasi.BELUM;
      diverifikasiOleh = null;
      diverifikasiPada = null;
    }
  }

  void verifikasi(String oleh) {
    statusVerifikasi = StatusVerifikasi.TERVERIFIKASI;
    diverifikasiOleh = oleh;
    diverifikasiPada = Instant.now();
  }

  Long id() {
    return id;
  }

  RatRekaman rekaman() {
    return new RatRekaman(
        koperasiId,
        tahunBuku,
        tanggal,
        anggotaHadir,
        kuorum,
        laporanDisahkan,
        notulenBerkas,
        statusVerifikasi,
        diverifikasiOleh,
        dicatatOleh);
  }
}
