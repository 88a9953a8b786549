package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An officer of one gerai or of the forum: a person in a position for a term, under a decree. The
 * aggregate guards the term: it can only be ended, never end before it started.
 */
@Table("pengurus")
class Pengurus {

  @Id private Long id;
  private final Long geraiId;
  private final Long forumId;
  private final String nama;
  private final Jabatan jabatan;
  private final String bidang;
  private final String telepon;
  private final LocalDate mulai;
  private LocalDate selesai;
  private final Long suratKeputusanId;
  private final Instant dibuatPada;
  @Version private int versi;

  @PersistenceCreator
  Pengurus(
      Long id,
      Long geraiId,
      Long forumId,
      String nama,
      Jabatan jabatan,
      String bidang,
      String telepon,
      LocalDate mulai,
      LocalDate selesai,
      Long suratKeputusanId,
      Instant dibuatPada,
      int versi) {
    this.id = id;
    this.geraiId = geraiId;
    this.forumId = forumId;
    this.nama = nama;
    this.jabatan = jabatan;
    this.bidang = bidang;
    this.telepon = telepon;
    this.mulai = mulai;
    this.selesai = selesai;
    this.suratKeputusanId = suratKeputusanId;
    this.dibuatPada = dibuatPada;
    this.versi = versi;
  }

  /** Appoints a person; exactly one of {@code geraiId} and {@code forumId} is given. */
  static Pengurus angkat(Long geraiId, Long forumId, PengurusBaru cmd, long suratKeputusanId) {
    MasaBakti masa = new MasaBakti(cmd.mulai(), cmd.selesai());
    return new Pengurus(
        null,
        geraiId,
        forumId,
        cmd.nama().trim(),
        cmd.jabatan(),
        cmd.jabatan().perluBidang() ? cmd.bidang().trim() : null,
        PengurusTelepon.rapikan(cmd.telepon()),
        masa.mulai(),
        masa.selesai(),
        suratKeputusanId,
        Instant.now(),
        0);
  }

  /** Ends the term on {@code hari} (the last day served). */
  void akhiriMasaBakti(LocalDate hari) {
    this.selesai = masaBakti().berakhirPada(hari).selesai();
  }

  MasaBakti masaBakti() {
    return new MasaBakti(mulai, selesai);
  }

  /** What the trail keeps: the phone number masked, it is personal data. */
  PengurusJejak jejak() {
    return new PengurusJejak(
        id,
        geraiId,
        forumId,
        nama,
        jabatan,
        bidang,
        PengurusTelepon.samarkan(telepon),
        mulai,
        selesai,
        suratKeputusanId);
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
