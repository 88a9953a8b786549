package id.gerai.gerai;

import id.gerai.shared.Pemberitahuan;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, from {@code gerai.gerai.laporan.hari-pengingat} days (3 by default) before a
 * period's deadline up to the deadline itself, reminds the officers' accounts of each active gerai
 * that has not submitted its report for that period, once per gerai and period (kept in {@code
 * laporan_gerai_pengingat}). A gerai without officer accounts is tried again the next day.
 */
@Component
public class PengingatLaporanGerai {

  private final LaporanGeraiService laporan;
  private final LaporanGeraiProperties properties;
  private final ObjectProvider<AkunPengurusGerai> akun;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final int hariPengingat;

  PengingatLaporanGerai(
      LaporanGeraiService laporan,
      LaporanGeraiProperties properties,
      ObjectProvider<AkunPengurusGerai> akun,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      @Value("${gerai.gerai.laporan.hari-pengingat:3}") int hariPengingat) {
    this.laporan = laporan;
    this.properties = properties;
    this.akun = akun;
    this.jdbc = jdbc;
    this.events = events;
    this.hariPengingat = hariPengingat;
  }

  private record Belum(long gerai, String nama) {}

  /** Sends the reminders due today; returns how many gerai were reminded. */
  @Scheduled(cron = "${gerai.gerai.laporan.pengingat-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
  @Transactional
  public int periksa() {
    LocalDate hari = laporan.hariIni();
    int n = 0;
    for (Periode p : List.of(laporan.periodeBerjalan(), laporan.periodeLalu())) {
      LocalDate tenggat = p.tenggat(properties.hariTenggat());
      if (!hari.isBefore(tenggat.minusDays(hariPengingat)) && !hari.isAfter(tenggat)) {
        n += ingatkan(p);
      }
    }
    return n;
  }

  private int ingatkan(Periode p) {
    int n = 0;
    for (Belum b : belumMengirim(p)) {
      List<Long> penerima = new ArrayList<>();
      akun.orderedStream().forEach(a -> penerima.addAll(a.akunPengurus(b.gerai())));
      if (penerima.isEmpty()) {
        continue;
      }
      jdbc.sql(
              "INSERT INTO laporan_gerai_pengingat (gerai_id, periode, penerima, diberitahu_pada)"
                  + " VALUES (:g, :p, :n, :kini)")
          .param("g", b.gerai())
          .param("p", p.kode())
          .param("n", penerima.size())
          .param("kini", OffsetDateTime.now())
          .update();
      events.publishEvent(
          Pemberitahuan.untuk(
                  0,
                  Pemberitahuan.Jenis.LAPORAN_JATUH_TEMPO,
                  "/gerai/" + b.gerai() + "/laporan/" + p.kode(),
                  b.nama(),
                  p.kode())
              .kepada(penerima));
      n++;
    }
    return n;
  }

  /** Active gerai with no submitted or approved report for the period, not yet reminded. */
  private List<Belum> belumMengirim(Periode p) {
    return jdbc.sql(
            "SELECT g.id, g.nama FROM gerai g WHERE g.status = 'AKTIF'"
                + " AND NOT EXISTS (SELECT 1 FROM laporan_gerai l WHERE l.gerai_id = g.id"
                + " AND l.periode = :p AND l.status IN ('DIKIRIM', 'DISETUJUI'))"
                + " AND NOT EXISTS (SELECT 1 FROM laporan_gerai_pengingat r"
                + " WHERE r.gerai_id = g.id AND r.periode = :p) ORDER BY g.id")
        .param("p", p.kode())
        .query((rs, i) -> new Belum(rs.getLong("id"), rs.getString("nama")))
        .list();
  }
}
