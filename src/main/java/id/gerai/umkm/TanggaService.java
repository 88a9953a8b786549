package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The naik kelas ladder of one business: gathers its conditions (NIB, valid permits, sales
 * channels, bookkeeping and credit flags) and hands them to {@link TanggaNaikKelas}; keeps the
 * flags. Workers and the size class come from the latest year's figures; before any year is
 * recorded the last rung and the class read as unknown.
 */
@Service
@Transactional
public class TanggaService {

  static final String JENIS = "tangga_usaha";

  private final LegalitasService legalitas;
  private final LegalitasPencarian pencarian;
  private final LegalitasProperties properties;
  private final AngkaTahunanService angka;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  TanggaService(
      LegalitasService legalitas,
      LegalitasPencarian pencarian,
      LegalitasProperties properties,
      AngkaTahunanService angka,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.legalitas = legalitas;
    this.pencarian = pencarian;
    this.properties = properties;
    this.angka = angka;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public TanggaUsaha untuk(long usahaId, Cakupan cakupan) {
    LegalitasPencarian.UsahaDasar u = legalitas.usaha(usahaId, cakupan);
    TanggaPenanda penanda = penanda(usahaId);
    Set<LegalitasJenis> jenis = EnumSet.noneOf(LegalitasJenis.class);
    jenis.addAll(pencarian.jenisBerlaku(usahaId, properties.hariIni()));
    if (u.nib() != null && !u.nib().isBlank()) {
      jenis.add(LegalitasJenis.NIB);
    }
    // Workers and the size class come from the latest year with figures (none: both unknown).
    AngkaTahunan terakhir = angka.riwayat(usahaId, cakupan).terakhir().orElse(null);
    KondisiUsaha kondisi =
        new KondisiUsaha(
            jenis,
            KondisiUsaha.saluran(u.saluranPenjualan()),
            penanda.pembukuan(),
            penanda.pembiayaanFormal(),
            terakhir == null ? null : terakhir.tenagaKerja());
    return new TanggaUsaha(
        usahaId, u.nama(), penanda, TanggaNaikKelas.nilai(kondisi, TanggaKelas.dari(terakhir)));
  }

  /** Sets whether the business keeps books and has formal credit. */
  public void aturPenanda(long usahaId, TanggaPenanda baru, Cakupan cakupan) {
    legalitas.usaha(usahaId, cakupan);
    TanggaPenanda sebelum = penanda(usahaId);
    int diubah =
        jdbc.sql(
                "UPDATE tangga_usaha SET pembukuan = :pembukuan,"
                    + " pembiayaan_formal = :pembiayaan, diperbarui_pada = :pada"
                    + " WHERE usaha_id = :usahaId")
            .params(nilai(usahaId, baru))
            .update();
    if (diubah == 0) {
      jdbc.sql(
              "INSERT INTO tangga_usaha (usaha_id, pembukuan, pembiayaan_formal, diperbarui_pada)"
                  + " VALUES (:usahaId, :pembukuan, :pembiayaan, :pada)")
          .params(nilai(usahaId, baru))
          .update();
    }
    events.publishEvent(Jejak.diubah(JENIS, usahaId, sebelum, baru));
  }

  private TanggaPenanda penanda(long usahaId) {
    return jdbc.sql(
            "SELECT pembukuan, pembiayaan_formal FROM tangga_usaha WHERE usaha_id = :usahaId")
        .param("usahaId", usahaId)
        .query((rs, i) -> new TanggaPenanda(rs.getBoolean(1), rs.getBoolean(2)))
        .optional()
        .orElse(TanggaPenanda.KOSONG);
  }

  private static Map<String, Object> nilai(long usahaId, TanggaPenanda p) {
    return Map.of(
        "usahaId", usahaId,
        "pembukuan", p.pembukuan(),
        "pembiayaan", p.pembiayaanFormal(),
        "pada", OffsetDateTime.now());
  }
}
