package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs of businesses in the caller's scope sharing a NIB, an owner NIK or an owner phone: one SQL
 * union, paged. Both businesses of a pair must be in scope and not merged.
 */
@Component
class DuplikatPasanganPencarian {

  /** A pair as read from SQL. */
  record Baris(long idA, String namaA, long idB, String namaB, String alasan) {}

  private final JdbcClient jdbc;

  DuplikatPasanganPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Halaman<DuplikatPasangan> cari(Cakupan cakupan, int nomor, int ukuran) {
    Map<String, Object> params = new HashMap<>();
    String gabung = gabungan(cakupan, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM (" + gabung + ") x")
            .params(params)
            .query(Long.class)
            .single();
    params.put("batas", ukuran);
    params.put("lewati", (long) nomor * ukuran);
    List<DuplikatPasangan> isi =
        jdbc
            .sql(gabung + " ORDER BY alasan, id_b DESC, id_a DESC LIMIT :batas OFFSET :lewati")
            .params(params)
            .query(Baris.class)
            .list()
            .stream()
            .map(DuplikatPasanganPencarian::pasangan)
            .toList();
    return new Halaman<>(isi, nomor, ukuran, total);
  }

  private static DuplikatPasangan pasangan(Baris b) {
    DuplikatAlasan alasan = DuplikatAlasan.valueOf(b.alasan());
    boolean mirip = alasan == DuplikatAlasan.NIB || DuplikatNama.mirip(b.namaA(), b.namaB());
    return new DuplikatPasangan(b.idA(), b.namaA(), b.idB(), b.namaB(), alasan, mirip);
  }

  private static String gabungan(Cakupan cakupan, Map<String, Object> params) {
    SyaratSql a = cakupan.syarat("ua.kode_wilayah", "ua.gerai_id", "pa.akun_id");
    SyaratSql b = cakupan.syarat("ub.kode_wilayah", "ub.gerai_id", "pb.akun_id");
    params.putAll(a.params());
    params.putAll(b.params());
    String lingkup = " AND (" + a.sql() + ") AND (" + b.sql() + ")";
    String nibBeda = " AND (ua.nib IS NULL OR ub.nib IS NULL OR ub.nib <> ua.nib)";
    String ubBaru = " AND ub.id > ua.id AND ub.digabung_ke IS NULL";
    return pilih(
            "NIB",
            " JOIN usaha ub ON ub.nib = ua.nib" + ubBaru,
            " JOIN pelaku_usaha pb ON pb.id = ub.pelaku_usaha_id",
            " AND ua.nib IS NOT NULL")
        + lingkup
        + " UNION ALL "
        + pilih(
            "NIK",
            " JOIN usaha ub ON ub.pelaku_usaha_id = pa.id" + ubBaru,
            " JOIN pelaku_usaha pb ON pb.id = ub.pelaku_usaha_id",
            " AND pa.nik IS NOT NULL" + nibBeda)
        + lingkup
        + " UNION ALL "
        + pilih(
            "TELEPON",
            " JOIN pelaku_usaha pb ON pb.telepon = pa.telepon AND pb.id <> pa.id",
            " JOIN usaha ub ON ub.pelaku_usaha_id = pb.id" + ubBaru,
            " AND pa.telepon IS NOT NULL" + nibBeda)
        + lingkup;
  }

  private static String pilih(String alasan, String gabung1, String gabung2, String syarat) {
    return "SELECT ua.id AS id_a, ua.nama AS nama_a, ub.id AS id_b, ub.nama AS nama_b, '"
        + alasan
        + "' AS alasan FROM usaha ua JOIN pelaku_usaha pa ON pa.id = ua.pelaku_usaha_id"
        + gabung1
        + gabung2
        + " WHERE ua.digabung_ke IS NULL"
        + syarat;
  }
}
