package id.gerai.demo;

import static id.gerai.demo.KegiatanDemo.OLEH;
import static id.gerai.demo.KegiatanDemo.simpan;
import static id.gerai.demo.KegiatanDemo.waktu;

import id.gerai.demo.KegiatanDemo.Usaha;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo festival, 75 days before the first start: exactly {@value #TENANT} accepted tenants of
 * which {@value #TENANT_BINAAN} are binaan on its first day (enrolments are added when the register
 * has too few), each with a booth and sales on each of its three days.
 */
@Component
class FestivalDemo {

  static final int TENANT = 72;
  static final int TENANT_BINAAN = 32;
  static final String FESTIVAL = "Festival UMKM Kota Semarang";

  private static final Logger log = LoggerFactory.getLogger(FestivalDemo.class);

  private final JdbcClient jdbc;

  FestivalDemo(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The tenants for a festival starting on {@code mulai}: {@value #TENANT_BINAAN} binaan first,
   * enrolling businesses as needed, then the rest; empty when the register has too few.
   */
  List<Usaha> tenant(Random acak, LocalDate mulai, List<Usaha> usaha) {
    if (usaha.size() < TENANT) {
      log.warn("Demo festival skipped: {} businesses are too few", usaha.size());
      return List.of();
    }
    List<Usaha> binaan = new ArrayList<>();
    List<Usaha> bukan = new ArrayList<>();
    for (Usaha u : usaha) {
      (binaan(u.id(), mulai) ? binaan : bukan).add(u);
    }
    while (binaan.size() < TENANT_BINAAN && bukan.size() > TENANT - TENANT_BINAAN) {
      Usaha u = bukan.remove(0);
      binakan(u.id(), mulai.minusDays(120 + acak.nextInt(200)));
      binaan.add(u);
    }
    if (bukan.size() < TENANT - TENANT_BINAAN) {
      log.warn("Demo festival skipped: too few businesses are not binaan");
      return List.of();
    }
    List<Usaha> tenant = new ArrayList<>(binaan.subList(0, TENANT_BINAAN));
    tenant.addAll(bukan.subList(0, TENANT - TENANT_BINAAN));
    return tenant;
  }

  /** Booths, accepted tenants and three days of sales for the festival {@code id}. */
  void isi(Random acak, long id, LocalDate mulai, List<Usaha> tenant) {
    for (int i = 0; i < tenant.size(); i++) {
      Usaha u = tenant.get(i);
      long stan =
          simpan(
              jdbc.sql("INSERT INTO stan (kegiatan_id, kode, keterangan) VALUES (:k, :kode, :ket)")
                  .param("k", id)
                  .param("kode", "%s%02d".formatted((char) ('A' + i / 24), 1 + i % 24))
                  .param("ket", i < 24 ? "Tenda utama" : "Selasar"));
      long t =
          simpan(
              jdbc.sql(
                      "INSERT INTO tenant (kegiatan_id, usaha_id, nama_usaha, status, stan_id,"
                          + " diajukan_oleh, diajukan_pada, diputuskan_oleh, versi) VALUES (:k,"
                          + " :u, :nama, 'DITERIMA', :stan, :oleh, :pada, :oleh, 0)")
                  .param("k", id)
                  .param("u", u.id())
                  .param("nama", u.nama())
                  .param("stan", stan)
                  .param("oleh", OLEH)
                  .param("pada", waktu(mulai.minusDays(30), 10)));
      for (int d = 0; d < 3; d++) {
        jdbc.sql(
                "INSERT INTO penjualan_tenant (tenant_id, tanggal, nilai, dicatat_oleh,"
                    + " dicatat_pada) VALUES (:t, :tgl, :nilai, :oleh, :pada)")
            .param("t", t)
            .param("tgl", mulai.plusDays(d))
            .param("nilai", BigDecimal.valueOf(250_000L + 50_000L * acak.nextInt(40)))
            .param("oleh", OLEH)
            .param("pada", waktu(mulai.plusDays(d), 21))
            .update();
      }
    }
  }

  private boolean binaan(long usahaId, LocalDate hari) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM binaan WHERE usaha_id = :u AND sejak <= :h"
                    + " AND (sampai IS NULL OR sampai >= :h)")
            .param("u", usahaId)
            .param("h", hari)
            .query(Long.class)
            .single()
        > 0;
  }

  private void binakan(long usahaId, LocalDate sejak) {
    jdbc.sql(
            "INSERT INTO binaan (usaha_id, pendamping, sejak, target, dicatat_oleh, dicatat_pada,"
                + " versi) VALUES (:u, 'Agus Setiawan', :sejak, 'Naik kelas', :oleh, :pada, 0)")
        .param("u", usahaId)
        .param("sejak", sejak)
        .param("oleh", OLEH)
        .param("pada", waktu(sejak, 10))
        .update();
  }
}
