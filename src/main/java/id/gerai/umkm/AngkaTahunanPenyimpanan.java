package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of yearly figures and class changes; every read of a business applies the scope. */
@Component
class AngkaTahunanPenyimpanan {

  private static final String KOLOM =
      "tahun, omzet_tahunan, modal_usaha, kekayaan_bersih, tenaga_kerja, sumber, kelas_omzet,"
          + " kelas_modal, dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada";

  /**
   * Copies a business's latest class by sales (and its year) onto the business, which the
   * register's class filter reads; parameter {@code id}. Run after every write of yearly figures.
   */
  static final String KELAS_TERAKHIR =
      "UPDATE usaha SET kelas_omzet_terakhir = (SELECT a.kelas_omzet FROM angka_tahunan a"
          + " WHERE a.usaha_id = usaha.id ORDER BY a.tahun DESC FETCH FIRST 1 ROW ONLY),"
          + " tahun_kelas_terakhir = (SELECT MAX(a.tahun) FROM angka_tahunan a"
          + " WHERE a.usaha_id = usaha.id) WHERE id = :id";

  private final JdbcClient jdbc;

  AngkaTahunanPenyimpanan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The business's name when it exists and the scope reaches it. */
  Optional<String> namaUsaha(long usahaId, Cakupan cakupan) {
    SyaratSql syarat = cakupan.syarat("u.kode_wilayah", "u.gerai_id", "p.akun_id");
    return jdbc.sql(
            "SELECT u.nama FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id"
                + " WHERE u.id = :id AND "
                + syarat.sql())
        .param("id", usahaId)
        .params(syarat.params())
        .query(String.class)
        .optional();
  }

  /** Locks the business row so that concurrent records of its figures rebuild events in turn. */
  void kunci(long usahaId) {
    jdbc.sql("SELECT id FROM usaha WHERE id = :id FOR UPDATE")
        .param("id", usahaId)
        .query(Long.class)
        .list();
  }

  List<AngkaTahunan> semua(long usahaId) {
    return jdbc.sql("SELECT " + KOLOM + " FROM angka_tahunan WHERE usaha_id = :id ORDER BY tahun")
        .param("id", usahaId)
        .query(AngkaTahunanPenyimpanan::angka)
        .list();
  }

  /** Replaces a year's figures; returns whether a row for that year already existed. */
  boolean simpan(long usahaId, AngkaTahunan a) {
    int dihapus =
        jdbc.sql("DELETE FROM angka_tahunan WHERE usaha_id = :id AND tahun = :tahun")
            .param("id", usahaId)
            .param("tahun", a.tahun())
            .update();
    jdbc.sql(
            "INSERT INTO angka_tahunan (usaha_id, "
                + KOLOM
                + ") VALUES (:id, :tahun, :omzet, :modal, :kekayaan, :tk, :sumber, :kelasOmzet,"
                + " :kelasModal, :dasar, :dasarNama, :oleh, :pada)")
        .param("id", usahaId)
        .param("tahun", a.tahun())
        .param("omzet", a.omzetTahunan())
        .param("modal", a.modalUsaha())
        .param("kekayaan", a.kekayaanBersih())
        .param("tk", a.tenagaKerja())
        .param("sumber", a.sumber().name())
        .param("kelasOmzet", a.kelasOmzet().name())
        .param("kelasModal", a.kelasModal() == null ? null : a.kelasModal().name())
        .param("dasar", a.dasarKriteria().name())
        .param("dasarNama", a.dasarKriteriaNama())
        .param("oleh", a.dicatatOleh())
        .param("pada", a.dicatatPada())
        .update();
    return dihapus > 0;
  }

  List<NaikKelas> perubahan(long usahaId) {
    return jdbc.sql(
            "SELECT tahun_dari, tahun_ke, kelas_dari, kelas_ke, arah, dasar_kriteria, dicatat_pada"
                + " FROM naik_kelas WHERE usaha_id = :id ORDER BY tahun_ke")
        .param("id", usahaId)
        .query(AngkaTahunanPenyimpanan::naikKelas)
        .list();
  }

  /** Replaces all class changes of a business. */
  /** A business's class changes before and after {@link #susunUlang}. */
  record Susunan(List<NaikKelas> lama, List<NaikKelas> baru) {}

  /**
   * Rebuilds a business's class changes from all its years, keeping the recorded time of the
   * changes that still hold. Used after a year is recorded and after two businesses are merged.
   */
  Susunan susunUlang(long usahaId, OffsetDateTime pada) {
    List<NaikKelas> lama = perubahan(usahaId);
    List<NaikKelas> baru = NaikKelas.pertahankanWaktu(lama, NaikKelas.dari(semua(usahaId), pada));
    gantiPerubahan(usahaId, baru);
    kelasTerakhir(usahaId);
    return new Susunan(lama, baru);
  }

  /** Brings the business's latest-class column in line with its years. */
  void kelasTerakhir(long usahaId) {
    jdbc.sql(KELAS_TERAKHIR).param("id", usahaId).update();
  }

  void gantiPerubahan(long usahaId, List<NaikKelas> perubahan) {
    jdbc.sql("DELETE FROM naik_kelas WHERE usaha_id = :id").param("id", usahaId).update();
    for (NaikKelas n : perubahan) {
      jdbc.sql(
              "INSERT INTO naik_kelas (usaha_id, tahun_dari, tahun_ke, kelas_dari, kelas_ke, arah,"
                  + " dasar_kriteria, dicatat_pada) VALUES (:id, :dari, :ke, :kelasDari, :kelasKe,"
                  + " :arah, :dasar, :pada)")
          .param("id", usahaId)
          .param("dari", n.tahunDari())
          .param("ke", n.tahunKe())
          .param("kelasDari", n.kelasDari().name())
          .param("kelasKe", n.kelasKe().name())
          .param("arah", n.arah().name())
          .param("dasar", n.dasarKriteria().name())
          .param("pada", n.dicatatPada())
          .update();
    }
  }

  private static AngkaTahunan angka(ResultSet rs, int baris) throws SQLException {
    String kelasModal = rs.getString("kelas_modal");
    int tk = rs.getInt("tenaga_kerja");
    Integer tenagaKerja = rs.wasNull() ? null : tk;
    return new AngkaTahunan(
        rs.getInt("tahun"),
        rs.getBigDecimal("omzet_tahunan"),
        rs.getBigDecimal("modal_usaha"),
        rs.getBigDecimal("kekayaan_bersih"),
        tenagaKerja,
        AngkaTahunan.Sumber.valueOf(rs.getString("sumber")),
        KelasUsaha.valueOf(rs.getString("kelas_omzet")),
        kelasModal == null ? null : KelasUsaha.valueOf(kelasModal),
        DasarKriteria.valueOf(rs.getString("dasar_kriteria")),
        rs.getString("dasar_kriteria_nama"),
        rs.getString("dicatat_oleh"),
        rs.getObject("dicatat_pada", OffsetDateTime.class));
  }

  private static NaikKelas naikKelas(ResultSet rs, int baris) throws SQLException {
    int dari = rs.getInt("tahun_dari");
    DasarKriteria dasar = DasarKriteria.valueOf(rs.getString("dasar_kriteria"));
    return new NaikKelas(
        dari,
        rs.getInt("tahun_ke"),
        KelasUsaha.valueOf(rs.getString("kelas_dari")),
        KelasUsaha.valueOf(rs.getString("kelas_ke")),
        PerubahanKelas.valueOf(rs.getString("arah")),
        dasar,
        DasarKriteria.untukTahun(dari) != dasar,
        rs.getObject("dicatat_pada", OffsetDateTime.class));
  }
}
