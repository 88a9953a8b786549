package id.gerai.gerai;

import id.gerai.wilayah.WilayahService;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first start forms the home area's forum from {@code data/gerai/forum-<area>.properties} with
 * its founding decree, if that file exists and no forum does yet. Kota Semarang (33.74) ships one:
 * FGKS, Keputusan Walikota Semarang 518/1255 of 16 December 2019. Another city gets no forum until
 * staff form one. Runs after the gerai seeder.
 */
@Component
@Order(25)
class ForumAwal implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ForumAwal.class);

  private final ForumRepository repo;
  private final ForumService forum;
  private final WilayahService wilayah;

  ForumAwal(ForumRepository repo, ForumService forum, WilayahService wilayah) {
    this.repo = repo;
    this.forum = forum;
    this.wilayah = wilayah;
  }

  @Override
  public void run(ApplicationArguments args) {
    semai(wilayah.kodeRumah());
  }

  /** Forms the forum of an area from its data file; does nothing without a file or when done. */
  void semai(String kodeWilayah) {
    ClassPathResource data =
        new ClassPathResource("data/gerai/forum-" + kodeWilayah + ".properties");
    if (!data.exists() || repo.findByKodeWilayah(kodeWilayah).isPresent()) {
      return;
    }
    Properties p = baca(data);
    try {
      bentuk(p, kodeWilayah);
    } catch (DataIntegrityViolationException e) {
      log.info("Forum for area {} was formed by another instance", kodeWilayah);
      return;
    }
    log.info("Forum {} formed for area {}", p.getProperty("singkatan"), kodeWilayah);
  }

  private void bentuk(Properties p, String kodeWilayah) {
    forum.bentuk(
        new ForumBaru(
            p.getProperty("nama"), p.getProperty("singkatan"), tanggal(p.getProperty("dibentuk"))),
        kodeWilayah,
        new SuratKeputusanBaru(
            p.getProperty("sk.nomor"),
            tanggal(p.getProperty("sk.tanggal")),
            p.getProperty("sk.penerbit"),
            p.getProperty("sk.tentang")));
  }

  private static Properties baca(ClassPathResource data) {
    Properties p = new Properties();
    try (Reader in = new InputStreamReader(data.getInputStream(), StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static LocalDate tanggal(String teks) {
    return teks == null || teks.isBlank() ? null : LocalDate.parse(teks.trim());
  }
}
