package id.gerai.umkm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A business of one business actor, with its products. Entered by an officer it starts verified;
 * entered or changed by the business actor it is unverified until an officer verifies it.
 */
@Table("usaha")
class Usaha {

  static final String JENIS_JEJAK = "usaha";

  @Id private Long id;
  private final Long pelakuUsahaId;
  private String nama;
  private String nib;
  private String kbliVersi;
  private String kbliKode;
  private UsahaBentuk bentukUsaha;
  private String kodeWilayah;
  private String alamat;
  private Double lintang;
  private Double bujur;
  private Long geraiId;
  private Integer tahunBerdiri;
  private String saluranPenjualan;
  private UsahaStatus status;
  private VerifikasiStatus statusVerifikasi;
  private String diverifikasiOleh;
  private Instant diverifikasiPada;
  private final Instant dibuatPada;
  private Instant diubahPada;

  @MappedCollection(idColumn = "usaha_id")
  private final Set<Produk> produk;

  @Version private Integer versi;

  @PersistenceCreator
  Usaha(
      Long id,
      Long pelakuUsahaId,
      String nama,
      String nib,
      String kbliVersi,
      String kbliKode,
      UsahaBentuk bentukUsaha,
      String kodeWilayah,
      String alamat,
      Double lintang,
      Double bujur,
      Long geraiId,
      Integer tahunBerdiri,
      String saluranPenjualan,
      UsahaStatus status,
      VerifikasiStatus statusVerifikasi,
      String diverifikasiOleh,
      Instant diverifikasiPada,
      Instant dibuatPada,
      Instant diubahPada,
      Set<Produk> produk,
      Integer versi) {
    this.id = id;
    this.pelakuUsahaId = pelakuUsahaId;
    this.nama = nama;
    this.nib = nib;
    this.kbliVersi = kbliVersi;
    this.kbliKode = kbliKode;
    this.bentukUsaha = bentukUsaha;
    this.kodeWilayah = kodeWilayah;
    this.alamat = alamat;
    this.lintang = lintang;
    this.bujur = bujur;
    this.geraiId = geraiId;
    this.tahunBerdiri = tahunBerdiri;
    this.saluranPenjualan = saluranPenjualan;
    this.status = status;
    this.statusVerifikasi = statusVerifikasi;
    this.diverifikasiOleh = diverifikasiOleh;
    this.diverifikasiPada = diverifikasiPada;
    this.dibuatPada = dibuatPada;
    this.diubahPada = diubahPada;
    this.produk = new HashSet<>(produk == null ? Set.of() : produk);
    this.versi = versi;
  }

  /** A new active business of a person, from a checked command. */
  static Usaha daftarkan(long pelakuUsahaId, DaftarkanUmkm d, String pemverifikasi) {
    Instant kini = Instant.now();
    Usaha u =
        new Usaha(
            null,
            pelakuUsahaId,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            UsahaStatus.AKTIF,
            VerifikasiStatus.BELUM,
            null,
            null,
            kini,
            kini,
            null,
            null);
    u.ubah(d);
    if (pemverifikasi != null) {
      u.verifikasi(pemverifikasi);
    }
    return u;
  }

  /** Replaces the business's data; products keep their descriptions when their name stays. */
  void ubah(DaftarkanUmkm d) {
    nama = d.namaUsaha().strip();
    nib = d.nib();
    kbliKode = d.kbliKode();
    kbliVersi = kbliKode == null ? null : KbliService.VERSI;
    bentukUsaha = d.bentukUsaha();
    kodeWilayah = d.kelurahanUsaha();
    alamat = d.alamatUsaha();
    geraiId = d.geraiId();
    tahunBerdiri = d.tahunBerdiri();
    saluranPenjualan = UsahaSaluran.gabung(d.saluranPenjualan());
    gantiProduk(d.produk());
    diubahPada = Instant.now();
  }

  void verifikasi(String oleh) {
    statusVerifikasi = VerifikasiStatus.TERVERIFIKASI;
    diverifikasiOleh = oleh;
    diverifikasiPada = Instant.now();
  }

  /** The business actor changed it: an officer must look again. */
  void tandaiBelumTerverifikasi() {
    statusVerifikasi = VerifikasiStatus.BELUM;
    diverifikasiOleh = null;
    diverifikasiPada = null;
  }

  private void gantiProduk(List<String> nama) {
    Map<String, Produk> lama =
        produk.stream().collect(Collectors.toMap(Produk::nama, Function.identity(), (a, b) -> a));
    produk.clear();
    for (String n : nama.stream().distinct().toList()) {
      Produk p = lama.get(n);
      produk.add(p == null ? Produk.bernama(n) : new Produk(null, n, p.deskripsi()));
    }
  }

  Long id() {
    return id;
  }

  Long pelakuUsahaId() {
    return pelakuUsahaId;
  }

  VerifikasiStatus statusVerifikasi() {
    return statusVerifikasi;
  }

  UsahaStatus status() {
    return status;
  }

  Long geraiId() {
    return geraiId;
  }

  int versi() {
    return versi == null ? 0 : versi;
  }

  List<String> produk() {
    List<String> nama = new ArrayList<>(produk.stream().map(Produk::nama).toList());
    nama.sort(String.CASE_INSENSITIVE_ORDER);
    return nama;
  }

  UsahaRekaman rekaman() {
    return new UsahaRekaman(
        pelakuUsahaId,
        nama,
        nib,
        kbliKode,
        bentukUsaha,
        kodeWilayah,
        geraiId,
        tahunBerdiri,
        saluranPenjualan,
        status,
        statusVerifikasi,
        produk());
  }
}
