package id.gerai.gerai;

import id.gerai.shared.Jejak;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start opens the home area's network, after the area tree is loaded: one gerai per
 * kelurahan (or desa), one per kecamatan, and the strategic locations of the home area's data file.
 * It runs once: a home area that has any gerai, or that was seeded before, is left alone, and a row
 * in {@code gerai_semai} keeps two instances starting together from seeding twice.
 */
@Component
@Order(20)
class GeraiAwal implements ApplicationRunner {

  static final String OLEH = "sistem";
  private static final Logger log = LoggerFactory.getLogger(GeraiAwal.class);

  private final GeraiRepository gerai;
  private final WilayahService wilayah;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  GeraiAwal(
      GeraiRepository gerai,
      WilayahService wilayah,
      JdbcClient jdbc,
      TransactionTemplate tx,
      ApplicationEventPublisher events) {
    this.gerai = gerai;
    this.wilayah = wilayah;
    this.jdbc = jdbc;
    this.tx = tx;
    this.events = events;
  }

  @Override
  public void run(ApplicationArguments args) {
    semaiBilaPerlu();
  }

  /** How many gerai were opened: 0 when the home area already had its network. */
  int semaiBilaPerlu() {
    String rumah = wilayah.kodeRumah();
    if (sudahAda(rumah)) {
      return 0;
    }
    try {
      int jumlah = tx.execute(s -> semai(rumah));
      log.info("First start: {} gerai opened for home area {}", jumlah, rumah);
      return jumlah;
    } catch (DuplicateKeyException e) {
      log.info("Gerai of home area {} were seeded by another instance", rumah);
      return 0;
    }
  }

  private boolean sudahAda(String rumah) {
    long semai =
        jdbc.sql("SELECT COUNT(*) FROM gerai_semai WHERE kode_wilayah = :k")
            .param("k", rumah)
            .query(Long.class)
            .single();
    long ada =
        jdbc.sql("SELECT COUNT(*) FROM gerai WHERE kode_wilayah = :k OR kode_wilayah LIKE :p")
            .param("k", rumah)
            .param("p", rumah + ".%")
            .query(Long.class)
            .single();
    return semai + ada > 0;
  }

  private int semai(String rumah) {
    jdbc.sql("INSERT INTO gerai_semai (kode_wilayah, disemai_pada, jumlah) VALUES (:k, :t, 0)")
        .param("k", rumah)
        .param("t", OffsetDateTime.now())
        .update();
    List<DataGerai> daftar = new ArrayList<>();
    wilayah.turunan(rumah, WilayahTingkat.KELURAHAN).forEach(w -> daftar.add(umum(w)));
    wilayah.turunan(rumah, WilayahTingkat.KECAMATAN).forEach(w -> daftar.add(umum(w)));
    for (DataGerai d : LokasiStrategis.untuk(rumah)) {
      if (wilayah.cari(d.kodeWilayah()).isPresent()) {
        daftar.add(d);
      } else {
        log.warn("Strategic gerai {} skipped: unknown area {}", d.nama(), d.kodeWilayah());
      }
    }
    LocalDate hariIni = LocalDate.now();
    daftar.forEach(d -> gerai.save(Gerai.buka(d, hariIni, OLEH)));
    jdbc.sql("UPDATE gerai_semai SET jumlah = :j WHERE kode_wilayah = :k")
        .param("j", daftar.size())
        .param("k", rumah)
        .update();
    events.publishEvent(
        new Jejak("SEMAI", Gerai.JENIS_JEJAK, rumah, null, Map.of("jumlah", daftar.size())));
    return daftar.size();
  }

  /** A gerai kelurahan (or desa) or kecamatan, named after its area; no position is invented. */
  private static DataGerai umum(Wilayah w) {
    GeraiJenis jenis =
        w.tingkat() == WilayahTingkat.KECAMATAN ? GeraiJenis.KECAMATAN : GeraiJenis.KELURAHAN;
    String label = Character.toUpperCase(w.jenis().charAt(0)) + w.jenis().substring(1);
    return new DataGerai(
        jenis, "Gerai Kopi & Mi " + label + " " + w.nama(), w.kode(), null, null, null, null);
  }
}
