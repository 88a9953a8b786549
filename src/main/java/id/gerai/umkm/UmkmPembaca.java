package id.gerai.umkm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one business with its owner and products into a {@link UmkmDetail}, masked or clear. */
@Component
class UmkmPembaca {

  private static final String SQL =
      """
      SELECT u.*, p.id AS p_id, p.nik AS p_nik, p.nama AS p_nama, p.jenis_kelamin AS p_jk,
             p.tanggal_lahir AS p_lahir, p.telepon AS p_telepon, p.email AS p_email,
             p.kode_wilayah AS p_wilayah, p.alamat AS p_alamat, p.dasar_pemrosesan AS p_dasar,
             p.status_verifikasi AS p_verifikasi
      FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id WHERE u.id = :id
      """;

  private final JdbcClient jdbc;
  private final PencarianUmkm pencarian;
  private final KbliService kbli;

  UmkmPembaca(JdbcClient jdbc, PencarianUmkm pencarian, KbliService kbli) {
    this.jdbc = jdbc;
    this.pencarian = pencarian;
    this.kbli = kbli;
  }

  /** The business; call only after the scope check. */
  Optional<UmkmDetail> detail(long id, boolean terbuka) {
    List<String> produk =
        jdbc.sql("SELECT nama FROM produk WHERE usaha_id = :id ORDER BY LOWER(nama), id")
            .param("id", id)
            .query(String.class)
            .list();
    return jdbc.sql(SQL).param("id", id).query((rs, i) -> baris(rs, produk, terbuka)).optional();
  }

  /** An edit that sends back a masked NIK or phone keeps the stored value. */
  DaftarkanUmkm tanpaSamaran(DaftarkanUmkm d, PelakuUsaha p) {
    String nik = d.nik() != null && d.nik().contains("*") ? p.nik() : d.nik();
    String telepon = d.telepon() != null && d.telepon().contains("*") ? p.telepon() : d.telepon();
    return new DaftarkanUmkm(
        nik,
        d.nama(),
        d.jenisKelamin(),
        d.tanggalLahir(),
        telepon,
        d.email(),
        d.kelurahan(),
        d.alamat(),
        d.dasarPemrosesan(),
        d.namaUsaha(),
        d.nib(),
        d.kbliKode(),
        d.bentukUsaha(),
        d.kelurahanUsaha(),
        d.alamatUsaha(),
        d.geraiId(),
        d.tahunBerdiri(),
        d.saluranPenjualan(),
        d.produk());
  }

  private UmkmDetail baris(ResultSet rs, List<String> produk, boolean terbuka) throws SQLException {
    String kode = rs.getString("kode_wilayah");
    String kbliKode = rs.getString("kbli_kode");
    String bentuk = rs.getString("bentuk_usaha");
    return new UmkmDetail(
        rs.getLong("id"),
        rs.getString("nama"),
        rs.getString("nib"),
        rs.getString("kbli_versi"),
        kbliKode,
        kbliKode == null ? null : kbli.cari(kbliKode).map(Kbli::judul).orElse(null),
        bentuk == null ? null : UsahaBentuk.valueOf(bentuk),
        kode,
        pencarian.namaWilayah(kode).orElse(kode),
        rs.getString("alamat"),
        rs.getObject("gerai_id", Long.class),
        rs.getObject("tahun_berdiri", Integer.class),
        UsahaSaluran.urai(rs.getString("saluran_penjualan")),
        UsahaStatus.valueOf(rs.getString("status")),
        VerifikasiStatus.valueOf(rs.getString("status_verifikasi")),
        rs.getString("diverifikasi_oleh"),
        waktu(rs.getTimestamp("diverifikasi_pada")),
        waktu(rs.getTimestamp("dibuat_pada")),
        rs.getInt("versi"),
        produk,
        pemilik(rs, terbuka));
  }

  private PelakuUsahaDetail pemilik(ResultSet rs, boolean terbuka) throws SQLException {
    String nik = rs.getString("p_nik");
    String telepon = rs.getString("p_telepon");
    String jk = rs.getString("p_jk");
    String kode = rs.getString("p_wilayah");
    java.sql.Date lahir = rs.getDate("p_lahir");
    return new PelakuUsahaDetail(
        rs.getLong("p_id"),
        terbuka ? nik : Nik.samarkan(nik),
        rs.getString("p_nama"),
        jk == null ? null : Nik.JenisKelamin.valueOf(jk),
        lahir == null ? null : lahir.toLocalDate(),
        terbuka ? telepon : Telepon.samarkan(telepon),
        rs.getString("p_email"),
        kode,
        pencarian.namaWilayah(kode).orElse(kode),
        rs.getString("p_alamat"),
        PelakuUsahaDasar.valueOf(rs.getString("p_dasar")),
        VerifikasiStatus.valueOf(rs.getString("p_verifikasi")),
        terbuka);
  }

  private static java.time.Instant waktu(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
