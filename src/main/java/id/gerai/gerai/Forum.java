package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The city forum of gerai (in Semarang: FGKS), one per home area. */
@Table("forum")
class Forum {

  @Id private Long id;
  private final String nama;
  private final String singkatan;
  private final String kodeWilayah;
  private final LocalDate dibentuk;
  private final Instant dibuatPada;
  @Version private int versi;

  @PersistenceCreator
  Forum(
      Long id,
      String nama,
      String singkatan,
      String kodeWilayah,
      LocalDate dibentuk,
      Instant dibuatPada,
      int versi) {
    this.id = id;
    this.nama = nama;
    this.singkatan = singkatan;
    this.kodeWilayah = kodeWilayah;
    this.dibentuk = dibentuk;
    this.dibuatPada = dibuatPada;
    this.versi = versi;
  }

  static Forum bentuk(ForumBaru baru, String kodeWilayah) {
    return new Forum(
        null,
        baru.nama().trim(),
        baru.singkatan().trim(),
        kodeWilayah,
        baru.dibentuk(),
        Instant.now(),
        0);
  }

  ForumRingkas ringkas() {
    return new ForumRingkas(id, nama, singkatan, kodeWilayah, dibentuk);
  }

  Long id() {
    return id;
  }
}
