package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A gerai: a meeting point of the movement. It guards its own life: opened active, edited while not
 * closed, deactivated and reactivated, closed once for good; every status change is kept in its
 * history with a date and a reason. A gerai is never deleted.
 */
@Table("gerai")
class Gerai {

  /** The record kind in the audit trail. */
  static final String JENIS_JEJAK = "gerai";

  @Id private Long id;
  private GeraiJenis jenis;
  private String nama;
  private String kodeWilayah;
  private String alamat;
  private Double lintang;
  private Double bujur;
  private LocalDate tanggalBuka;
  private GeraiStatus status;
  private final Instant dibuatPada;
  private final String dibuatOleh;

  @MappedCollection(idColumn = "gerai_id", keyColumn = "urutan")
  private final List<CatatanStatus> riwayat;

  @Version private int versi;

  @PersistenceCreator
  Gerai(
      Long id,
      GeraiJenis jenis,
      String nama,
      String kodeWilayah,
      String alamat,
      Double lintang,
      Double bujur,
      LocalDate tanggalBuka,
      GeraiStatus status,
      Instant dibuatPada,
      String dibuatOleh,
      List<CatatanStatus> riwayat,
      int versi) {
    this.id = id;
    this.jenis = jenis;
    this.nama = nama;
    this.kodeWilayah = kodeWilayah;
    this.alamat = alamat;
    this.lintang = lintang;
    this.bujur = bujur;
    this.tanggalBuka = tanggalBuka;
    this.status = status;
    this.dibuatPada = dibuatPada;
    this.dibuatOleh = dibuatOleh;
    this.riwayat = new ArrayList<>(riwayat == null ? List.of() : riwayat);
    this.versi = versi;
  }

  private Gerai(String dibuatOleh) {
    this(null, null, null, null, null, null, null, null, null, Instant.now(), dibuatOleh, null, 0);
  }

  /** Opens a gerai, active from its opening date (or from {@code hariIni} when that is unknown). */
  static Gerai buka(DataGerai data, LocalDate hariIni, String oleh) {
    Gerai g = new Gerai(oleh);
    g.isi(data, hariIni);
    LocalDate sejak = data.tanggalBuka() == null ? hariIni : data.tanggalBuka();
    g.status = GeraiStatus.AKTIF;
    g.riwayat.add(new CatatanStatus(GeraiStatus.AKTIF, sejak, null, oleh, Instant.now()));
    return g;
  }

  /** Edits what a gerai is and where; a closed gerai stays as it was closed. */
  void ubah(DataGerai data, LocalDate hariIni) {
    if (status == GeraiStatus.TUTUP) {
      throw new GeraiDitolak(null, "gerai.ditolak.sudah-tutup");
    }
    isi(data, hariIni);
  }

  void nonaktifkan(LocalDate sejak, String alasan, String oleh) {
    if (status != GeraiStatus.AKTIF) {
      throw new GeraiDitolak(null, "gerai.ditolak.bukan-aktif");
    }
    catat(GeraiStatus.NONAKTIF, sejak, alasan, oleh);
  }

  void aktifkan(LocalDate sejak, String alasan, String oleh) {
    if (status != GeraiStatus.NONAKTIF) {
      throw new GeraiDitolak(null, "gerai.ditolak.bukan-nonaktif");
    }
    catat(GeraiStatus.AKTIF, sejak, alasan, oleh);
  }

  /** Closes the gerai for good; it stays in the records with its history. */
  void tutup(LocalDate sejak, String alasan, String oleh) {
    if (status == GeraiStatus.TUTUP) {
      throw new GeraiDitolak(null, "gerai.ditolak.sudah-tutup");
    }
    catat(GeraiStatus.TUTUP, sejak, alasan, oleh);
  }

  private void catat(GeraiStatus baru, LocalDate sejak, String alasan, String oleh) {
    if (sejak == null) {
      throw new GeraiDitolak("tanggal", "gerai.ditolak.tanggal-wajib");
    }
    if (alasan == null || alasan.isBlank()) {
      throw new GeraiDitolak("alasan", "gerai.ditolak.alasan-wajib");
    }
    LocalDate terakhir = riwayat.get(riwayat.size() - 1).berlakuSejak();
    if (sejak.isBefore(terakhir)) {
      throw new GeraiDitolak("tanggal", "gerai.ditolak.tanggal-sebelum", terakhir);
    }
    status = baru;
    riwayat.add(new CatatanStatus(baru, sejak, alasan.strip(), oleh, Instant.now()));
  }

  private void isi(DataGerai data, LocalDate hariIni) {
    DataGerai d = data.periksa(hariIni);
    jenis = d.jenis();
    nama = d.nama();
    kodeWilayah = d.kodeWilayah();
    alamat = d.alamat();
    lintang = d.lintang();
    bujur = d.bujur();
    tanggalBuka = d.tanggalBuka();
  }

  Long id() {
    return id;
  }

  String kodeWilayah() {
    return kodeWilayah;
  }

  GeraiStatus status() {
    return status;
  }

  int versi() {
    return versi;
  }

  List<RiwayatStatus> riwayat() {
    return riwayat.stream().map(CatatanStatus::riwayat).toList();
  }

  GeraiRingkas ringkas(String namaWilayah) {
    return new GeraiRingkas(
        id == null ? 0 : id,
        jenis,
        nama,
        kodeWilayah,
        namaWilayah,
        alamat,
        lintang,
        bujur,
        tanggalBuka,
        status);
  }
}
