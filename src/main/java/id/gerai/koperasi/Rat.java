package id.gerai.koperasi;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.JenisBerkas;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
  private String notulenNama;
  private Long notulenUkuran;
  private String notulenSha256;
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
      throw BidangDitolak.bidang("tanggal", "koperasi.rat.ditolak.sebelum-tutup-buku");
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

  /**
   * Attaches the minutes file; returns the generated name of the file it replaces (or null). An
   * upload by someone other than Dinkop staff makes the record unverified again.
   */
  String lampirkanNotulen(BerkasTersimpan b, String oleh, boolean terverifikasi) {
    String lama = notulenBerkas;
    notulenBerkas = b.namaSimpan();
    notulenNama = b.namaAsli();
    notulenUkuran = b.ukuran();
    notulenSha256 = b.sha256();
    dicatatOleh = oleh;
    diubahPada = Instant.now();
    if (!terverifikasi) {
      statusVerifikasi = StatusVerifikasi.BELUM;
      diverifikasiOleh = null;
      diverifikasiPada = null;
    }
    return lama;
  }

  /** The minutes as the file store knows them, if any. */
  Optional<BerkasTersimpan> notulen() {
    if (notulenBerkas == null) {
      return Optional.empty();
    }
    return Optional.of(
        new BerkasTersimpan(
            notulenBerkas,
            notulenNama,
            notulenUkuran == null ? 0 : notulenUkuran,
            notulenSha256,
            JenisBerkas.PDF));
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
        notulenNama,
        notulenSha256,
        statusVerifikasi,
        diverifikasiOleh,
        dicatatOleh);
  }
}
