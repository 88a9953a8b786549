package id.gerai.umkm;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** One product a business makes or sells; part of the {@link Usaha} aggregate. */
@Table("produk")
class Produk {

  @Id private final Long id;
  private final String nama;
  private final String deskripsi;

  @PersistenceCreator
  Produk(Long id, String nama, String deskripsi) {
    this.id = id;
    this.nama = nama;
    this.deskripsi = deskripsi;
  }

  static Produk bernama(String nama) {
    return new Produk(null, nama, null);
  }

  String nama() {
    return nama;
  }

  String deskripsi() {
    return deskripsi;
  }
}
