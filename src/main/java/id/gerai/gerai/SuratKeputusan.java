package id.gerai.gerai;

import id.gerai.shared.berkas.BerkasTersimpan;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decree (surat keputusan) of one gerai or of the forum, with at most one PDF. The owner decides
 * who may read the document.
 */
@Table("surat_keputusan")
class SuratKeputusan {

  @Id private Long id;
  private final Long geraiId;
  private final Long forumId;
  private final String nomor;
  private final LocalDate tanggal;
  private final String penerbit;
  private final String tentang;
  private String berkasNama;
  private String berkasNamaAsli;
  private Long berkasUkuran;
  private String berkasSha256;
  private Instant berkasDiunggahPada;
  private final Instant dibuatPada;
  @Version private int versi;

  @PersistenceCreator
  SuratKeputusan(
      Long id,
      Long geraiId,
      Long forumId,
      String nomor,
      LocalDate tanggal,
      String penerbit,
      String tentang,
      String berkasNama,
      String berkasNamaAsli,
      Long berkasUkuran,
      String berkasSha256,
      Instant berkasDiunggahPada,
      Instant dibuatPada,
      int versi) {
    this.id = id;
    this.geraiId = geraiId;
    this.forumId = forumId;
    this.nomor = nomor;
    this.tanggal = tanggal;
    this.penerbit = penerbit;
    this.tentang = tentang;
    this.berkasNama = berkasNama;
    this.berkasNamaAsli = berkasNamaAsli;
    this.berkasUkuran = berkasUkuran;
    this.berkasSha256 = berkasSha256;
    this.berkasDiunggahPada = berkasDiunggahPada;
    this.dibuatPada = dibuatPada;
    this.versi = versi;
  }

  /** A new decree of a gerai or (when {@code geraiId} is null) of the forum. */
  static SuratKeputusan baru(Long geraiId, Long forumId, SuratKeputusanBaru sk) {
    return new SuratKeputusan(
        null,
        geraiId,
        forumId,
        sk.nomor().trim(),
        sk.tanggal(),
        sk.penerbit().trim(),
        sk.tentang() == null || sk.tentang().isBlank() ? null : sk.tentang().trim(),
        null,
        null,
        null,
        null,
        null,
        Instant.now(),
        0);
  }

  /** Attaches the stored PDF, replacing any earlier one; returns the replaced stored name. */
  String lampirkan(BerkasTersimpan berkas) {
    String lama = berkasNama;
    this.berkasNama = berkas.namaSimpan();
    this.berkasNamaAsli = berkas.namaAsli();
    this.berkasUkuran = berkas.ukuran();
    this.berkasSha256 = berkas.sha256();
    this.berkasDiunggahPada = Instant.now();
    return lama;
  }

  SuratKeputusanRingkas ringkas() {
    return new SuratKeputusanRingkas(
        id, nomor, tanggal, penerbit, tentang, berkasNama != null, berkasNamaAsli, berkasUkuran);
  }

  Long id() {
    return id;
  }

  Long geraiId() {
    return geraiId;
  }

  Long forumId() {
    return forumId;
  }
}
