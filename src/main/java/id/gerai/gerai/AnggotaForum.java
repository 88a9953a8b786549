package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of the forum, joined through a gerai. Leaving keeps the record with its date, so the
 * member count of any past month can still be told.
 */
@Table("anggota_forum")
class AnggotaForum {

  static final String JENIS_JEJAK = "anggota_forum";

  @Id private Long id;
  private long geraiId;
  private String nama;
  private Long pelakuUsahaId;
  private String telepon;
  private AnggotaForumPeran peran;
  private AnggotaForumStatus status;
  private LocalDate tanggalGabung;
  private LocalDate tanggalKeluar;
  private Instant dibuatPada;
  private String dibuatOleh;
  @Version private int versi;

  @PersistenceCreator
  private AnggotaForum() {}

  static AnggotaForum daftarkan(AnggotaForumBaru cmd, LocalDate hariIni, String oleh) {
    if (cmd.nama() == null || cmd.nama().isBlank()) {
      throw new GeraiDitolak("nama", "anggota.ditolak.nama-wajib");
    }
    if (cmd.nama().strip().length() > 120) {
      throw new GeraiDitolak("nama", "anggota.ditolak.nama-panjang");
    }
    if (!PengurusTelepon.sah(cmd.telepon())) {
      throw new GeraiDitolak("telepon", "pengurus.telepon.tidak-sah");
    }
    LocalDate gabung = cmd.tanggalGabung() == null ? hariIni : cmd.tanggalGabung();
    if (gabung.isAfter(hariIni)) {
      throw new GeraiDitolak("tanggalGabung", "anggota.ditolak.gabung-nanti");
    }
    AnggotaForum a = new AnggotaForum();
    a.geraiId = cmd.geraiId();
    a.nama = cmd.nama().strip();
    a.pelakuUsahaId = cmd.pelakuUsahaId();
    a.telepon = PengurusTelepon.rapikan(cmd.telepon());
    a.peran = cmd.peran() == null ? AnggotaForumPeran.ANGGOTA : cmd.peran();
    a.status = AnggotaForumStatus.AKTIF;
    a.tanggalGabung = gabung;
    a.dibuatPada = Instant.now();
    a.dibuatOleh = oleh;
    return a;
  }

  /** The member leaves on {@code tanggal}, the first day no longer a member. */
  void nonaktifkan(LocalDate tanggal) {
    if (status != AnggotaForumStatus.AKTIF) {
      throw new GeraiDitolak(null, "anggota.ditolak.bukan-aktif");
    }
    if (tanggal == null || tanggal.isBefore(tanggalGabung)) {
      throw new GeraiDitolak("tanggal", "anggota.ditolak.keluar-sebelum-gabung");
    }
    status = AnggotaForumStatus.NONAKTIF;
    tanggalKeluar = tanggal;
  }

  Long id() {
    return id;
  }

  long geraiId() {
    return geraiId;
  }

  AnggotaForumRingkas ringkas(String geraiNama) {
    return new AnggotaForumRingkas(
        id == null ? 0 : id,
        geraiId,
        geraiNama,
        nama,
        pelakuUsahaId,
        PengurusTelepon.samarkan(telepon),
        peran,
        status,
        tanggalGabung,
        tanggalKeluar);
  }
}
