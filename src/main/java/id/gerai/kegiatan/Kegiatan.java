package id.gerai.kegiatan;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity: what, when, where (its area and gerai are its scope), who organises it, how many it
 * takes, and what came of it. Participants, tenants and visits hang off it by id.
 */
@Table("kegiatan")
class Kegiatan {

  static final String JENIS_JEJAK = "kegiatan";

  @Id private Long id;
  private KegiatanJenis jenis;
  private String judul;
  private Instant mulai;
  private Instant selesai;
  private Long geraiId;
  private String kodeWilayah;
  private String alamat;
  private Double lintang;
  private Double bujur;
  private String penyelenggara;
  private Integer kapasitas;
  private Integer kuotaBinaan;
  private String deskripsi;
  private String catatanHasil;
  private boolean olehForum;
  private final String dibuatOleh;
  private final Instant dibuatPada;
  @Version private int versi;

  @PersistenceCreator
  Kegiatan(Long id, String dibuatOleh, Instant dibuatPada, int versi) {
    this.id = id;
    this.dibuatOleh = dibuatOleh;
    this.dibuatPada = dibuatPada;
    this.versi = versi;
  }

  /** A new activity from checked data placed by {@link KegiatanTempat}. */
  static Kegiatan buat(DataKegiatan d, KegiatanTempat tempat, String oleh, Instant pada) {
    Kegiatan k = new Kegiatan(null, oleh, pada, 0);
    k.isi(d, tempat);
    return k;
  }

  void ubah(DataKegiatan d, KegiatanTempat tempat) {
    isi(d, tempat);
  }

  private void isi(DataKegiatan d, KegiatanTempat tempat) {
    jenis = d.jenis();
    judul = d.judul();
    mulai = KegiatanWaktu.instan(d.mulai());
    selesai = KegiatanWaktu.instan(d.selesai());
    geraiId = tempat.geraiId();
    kodeWilayah = tempat.kodeWilayah();
    alamat = d.alamat();
    lintang = tempat.lintang();
    bujur = tempat.bujur();
    penyelenggara = d.penyelenggara();
    kapasitas = d.kapasitas();
    kuotaBinaan = d.kuotaBinaan();
    deskripsi = d.deskripsi();
    catatanHasil = d.catatanHasil();
    if (d.olehForum() != null) {
      olehForum = d.olehForum();
    }
  }

  /** What the audit trail keeps of it. */
  record Rekaman(
      KegiatanJenis jenis,
      String judul,
      Instant mulai,
      Instant selesai,
      Long geraiId,
      String kodeWilayah,
      String alamat,
      Double lintang,
      Double bujur,
      String penyelenggara,
      Integer kapasitas,
      Integer kuotaBinaan,
      String deskripsi,
      String catatanHasil,
      boolean olehForum) {}

  Rekaman rekaman() {
    return new Rekaman(
        jenis,
        judul,
        mulai,
        selesai,
        geraiId,
        kodeWilayah,
        alamat,
        lintang,
        bujur,
        penyelenggara,
        kapasitas,
        kuotaBinaan,
        deskripsi,
        catatanHasil,
        olehForum);
  }

  Long id() {
    return id;
  }

  int versi() {
    return versi;
  }

  KegiatanJenis jenis() {
    return jenis;
  }
}
