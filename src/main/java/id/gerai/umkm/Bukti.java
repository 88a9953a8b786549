package id.gerai.umkm;

import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.JenisBerkas;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An evidence file of a business actor, a business, a permit or a milestone. What a business actor
 * uploads waits for verification; a verifier's upload is verified at once. It is never deleted: a
 * removal marks it (who, when) and its file leaves the disk.
 */
@Table("bukti")
class Bukti {

  @Id private Long id;
  private final BuktiJenis jenis;
  private final long pelakuUsahaId;
  private final Long usahaId;
  private final Long legalitasId;
  private final Long tonggakId;
  private final String keterangan;
  private final String berkasNama;
  private final String berkasNamaAsli;
  private final JenisBerkas berkasJenis;
  private final long berkasUkuran;
  private final String berkasSha256;
  private VerifikasiStatus statusVerifikasi;
  private String diverifikasiOleh;
  private Instant diverifikasiPada;
  private final String diunggahOleh;
  private final Instant diunggahPada;
  private String dihapusOleh;
  private Instant dihapusPada;
  @Version private int versi;

  @PersistenceCreator
  Bukti(
      Long id,
      BuktiJenis jenis,
      long pelakuUsahaId,
      Long usahaId,
      Long legalitasId,
      Long tonggakId,
      String keterangan,
      String berkasNama,
      String berkasNamaAsli,
      JenisBerkas berkasJenis,
      long berkasUkuran,
      String berkasSha256,
      VerifikasiStatus statusVerifikasi,
      String diverifikasiOleh,
      Instant diverifikasiPada,
      String diunggahOleh,
      Instant diunggahPada,
      String dihapusOleh,
      Instant dihapusPada,
      int versi) {
    this.id = id;
    this.jenis = jenis;
    this.pelakuUsahaId = pelakuUsahaId;
    this.usahaId = usahaId;
    this.legalitasId = legalitasId;
    this.tonggakId = tonggakId;
    this.keterangan = keterangan;
    this.berkasNama = berkasNama;
    this.berkasNamaAsli = berkasNamaAsli;
    this.berkasJenis = berkasJenis;
    this.berkasUkuran = berkasUkuran;
    this.berkasSha256 = berkasSha256;
    this.statusVerifikasi = statusVerifikasi;
    this.diverifikasiOleh = diverifikasiOleh;
    this.diverifikasiPada = diverifikasiPada;
    this.diunggahOleh = diunggahOleh;
    this.diunggahPada = diunggahPada;
    this.dihapusOleh = dihapusOleh;
    this.dihapusPada = dihapusPada;
    this.versi = versi;
  }

  /** A new evidence row for a stored file; a KTP belongs to the person, not to one business. */
  static Bukti unggah(
      BuktiSasaran sasaran, BuktiBaru baru, BerkasTersimpan b, boolean terverifikasi, String oleh) {
    Instant kini = Instant.now();
    return new Bukti(
        null,
        baru.jenis(),
        sasaran.pelakuUsahaId(),
        baru.jenis() == BuktiJenis.KTP ? null : sasaran.usahaId(),
        baru.jenis() == BuktiJenis.LEGALITAS ? baru.legalitasId() : null,
        baru.jenis() == BuktiJenis.TONGGAK ? baru.tonggakId() : null,
        baru.keterangan() == null || baru.keterangan().isBlank() ? null : baru.keterangan().strip(),
        b.namaSimpan(),
        b.namaAsli(),
        b.jenis(),
        b.ukuran(),
        b.sha256(),
        terverifikasi ? VerifikasiStatus.TERVERIFIKASI : VerifikasiStatus.BELUM,
        terverifikasi ? oleh : null,
        terverifikasi ? kini : null,
        oleh,
        kini,
        null,
        null,
        0);
  }

  /**
   * The same evidence attached to the business another was merged into, and to that business's
   * owner; a KTP stays attached to no business. Everything else (file, verification, removal) is
   * kept as it was.
   */
  Bukti pindahKe(long usahaTetap, long pelakuTetap) {
    return new Bukti(
        id,
        jenis,
        pelakuTetap,
        jenis == BuktiJenis.KTP ? null : usahaTetap,
        legalitasId,
        tonggakId,
        keterangan,
        berkasNama,
        berkasNamaAsli,
        berkasJenis,
        berkasUkuran,
        berkasSha256,
        statusVerifikasi,
        diverifikasiOleh,
        diverifikasiPada,
        diunggahOleh,
        diunggahPada,
        dihapusOleh,
        dihapusPada,
        versi);
  }

  /** Marks it verified; false when it already was. */
  boolean verifikasi(String oleh) {
    if (statusVerifikasi == VerifikasiStatus.TERVERIFIKASI) {
      return false;
    }
    statusVerifikasi = VerifikasiStatus.TERVERIFIKASI;
    diverifikasiOleh = oleh;
    diverifikasiPada = Instant.now();
    return true;
  }

  /** Marks it removed; the row stays as the trail of what was there. */
  void hapus(String oleh) {
    dihapusOleh = oleh;
    dihapusPada = Instant.now();
  }

  boolean terhapus() {
    return dihapusPada != null;
  }

  boolean terverifikasi() {
    return statusVerifikasi == VerifikasiStatus.TERVERIFIKASI;
  }

  Long id() {
    return id;
  }

  String berkasNama() {
    return berkasNama;
  }

  /** What the audit trail keeps of evidence: never the file, only its name and fingerprint. */
  Rekaman rekaman() {
    return new Rekaman(
        id == null ? 0 : id,
        jenis,
        pelakuUsahaId,
        usahaId,
        legalitasId,
        tonggakId,
        berkasNamaAsli,
        berkasUkuran,
        berkasSha256,
        statusVerifikasi,
        dihapusOleh);
  }

  record Rekaman(
      long id,
      BuktiJenis jenis,
      long pelakuUsahaId,
      Long usahaId,
      Long legalitasId,
      Long tonggakId,
      String nama,
      long ukuran,
      String sha256,
      VerifikasiStatus statusVerifikasi,
      String dihapusOleh) {}
}
