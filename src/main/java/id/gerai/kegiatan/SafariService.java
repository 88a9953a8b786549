package id.gerai.kegiatan;

import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.TonggakService;
import id.gerai.umkm.UmkmService;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safari: plan a visit per kelurahan (at its gerai when known), check a visit in on the spot with
 * time and map position, and record the services given there; a service counts for the visit's
 * gerai (or the activity's), so a gerai's report can count them per period.
 */
@Service
@Transactional
public class SafariService {

  private final KegiatanService kegiatan;
  private final GeraiService gerai;
  private final WilayahService wilayah;
  private final UmkmService umkm;
  private final TonggakService tonggak;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  SafariService(
      KegiatanService kegiatan,
      GeraiService gerai,
      WilayahService wilayah,
      UmkmService umkm,
      TonggakService tonggak,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.kegiatan = kegiatan;
    this.gerai = gerai;
    this.wilayah = wilayah;
    this.umkm = umkm;
    this.tonggak = tonggak;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Plans a visit to a kelurahan (inside the scope), optionally at a gerai; returns its id. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long rencanakan(
      long kegiatanId, String kodeKelurahan, Long geraiId, LocalDate tanggal, Cakupan cakupan) {
    safari(kegiatanId, cakupan);
    if (kodeKelurahan == null || kodeKelurahan.isBlank() || tanggal == null) {
      throw new MasukanTidakSah("kegiatan.kunjungan.wajib");
    }
    Wilayah w = wilayah.ambil(kodeKelurahan.strip());
    if (w.tingkat() != WilayahTingkat.KELURAHAN) {
      throw new MasukanTidakSah("kegiatan.kelurahan.bukan-kelurahan", w.kode());
    }
    if (geraiId != null) {
      gerai.ambil(geraiId, cakupan);
    } else if (cakupan.jenis() == Cakupan.Jenis.WILAYAH && !cakupan.mencakupWilayah(w.kode())) {
      throw new TidakDitemukan("wilayah.tidak-ditemukan", w.kode());
    }
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    Map<String, Object> p = new HashMap<>();
    p.put("k", kegiatanId);
    p.put("kode", w.kode());
    p.put("g", geraiId);
    p.put("tgl", tanggal);
    jdbc.sql(
            "INSERT INTO kunjungan (kegiatan_id, kode_wilayah, gerai_id, tanggal)"
                + " VALUES (:k, :kode, :g, :tgl)")
        .params(p)
        .update(kunci, "id");
    long id = kunci.getKey().longValue();
    events.publishEvent(Jejak.dibuat("kunjungan", id, p));
    return id;
  }

  /** Checks a visit in now, at a map position (both or neither). */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public void hadir(long kegiatanId, long kunjunganId, Double lintang, Double bujur, Cakupan c) {
    safari(kegiatanId, c);
    muatKunjungan(kegiatanId, kunjunganId);
    if ((lintang == null) != (bujur == null)
        || (lintang != null && (Math.abs(lintang) > 90 || Math.abs(bujur) > 180))) {
      throw new MasukanTidakSah("kegiatan.posisi.tidak-sah");
    }
    Instant kini = Instant.now();
    jdbc.sql("UPDATE kunjungan SET hadir_pada = :pada, lintang = :lat, bujur = :lon WHERE id = :id")
        .param("pada", KegiatanWaktu.param(kini))
        .param("lat", lintang)
        .param("lon", bujur)
        .param("id", kunjunganId)
        .update();
    Map<String, Object> sesudah = new HashMap<>();
    sesudah.put("hadirPada", kini.toString());
    sesudah.put("lintang", lintang);
    sesudah.put("bujur", bujur);
    events.publishEvent(
        new Jejak("HADIR", "kunjungan", String.valueOf(kunjunganId), null, sesudah));
  }

  /** Records a service given during the activity; returns its id. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long catatLayanan(long kegiatanId, LayananBaru baru, Cakupan cakupan) {
    KegiatanDetail d = kegiatan.ambil(kegiatanId, cakupan);
    if (baru.jenis() == null) {
      throw new MasukanTidakSah("kegiatan.layanan.jenis.wajib");
    }
    Long geraiId = d.geraiId();
    if (baru.kunjunganId() != null) {
      KunjunganRingkas k = muatKunjungan(kegiatanId, baru.kunjunganId());
      geraiId = k.geraiId() != null ? k.geraiId() : geraiId;
    }
    String nama;
    if (baru.usahaId() != null) {
      umkm.pastikanTerjangkau(baru.usahaId(), cakupan);
      nama = tonggak.namaUsaha(baru.usahaId(), cakupan);
    } else {
      nama = KegiatanPeriksa.wajib(baru.nama(), 200, "kegiatan.layanan.nama");
    }
    Map<String, Object> p = new HashMap<>();
    p.put("k", kegiatanId);
    p.put("kj", baru.kunjunganId());
    p.put("g", geraiId);
    p.put("u", baru.usahaId());
    p.put("nama", nama);
    p.put("jenis", baru.jenis().name());
    p.put("catatan", KegiatanPeriksa.opsional(baru.catatan(), 500, "kegiatan.layanan.catatan"));
    p.put("pada", KegiatanWaktu.param(Instant.now()));
    p.put("oleh", KegiatanPeran.nama());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO layanan_kegiatan (kegiatan_id, kunjungan_id, gerai_id, usaha_id, nama,"
                + " jenis, catatan, diberikan_pada, dicatat_oleh) VALUES (:k, :kj, :g, :u, :nama,"
                + " :jenis, :catatan, :pada, :oleh)")
        .params(p)
        .update(kunci, "id");
    long id = kunci.getKey().longValue();
    p.put("pada", p.get("pada").toString());
    events.publishEvent(Jejak.dibuat("layanan_kegiatan", id, p));
    return id;
  }

  @Transactional(readOnly = true)
  public List<KunjunganRingkas> kunjungan(long kegiatanId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    return SafariBaca.kunjungan(jdbc, wilayah, kegiatanId, null);
  }

  @Transactional(readOnly = true)
  public List<LayananRingkas> layanan(long kegiatanId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    return SafariBaca.layanan(jdbc, kegiatanId);
  }

  private KunjunganRingkas muatKunjungan(long kegiatanId, long kunjunganId) {
    return SafariBaca.kunjungan(jdbc, wilayah, kegiatanId, kunjunganId).stream()
        .findFirst()
        .orElseThrow(() -> new TidakDitemukan("kegiatan.kunjungan.tidak-ditemukan", kunjunganId));
  }

  private KegiatanDetail safari(long kegiatanId, Cakupan cakupan) {
    KegiatanDetail d = kegiatan.ambil(kegiatanId, cakupan);
    if (d.jenis() != KegiatanJenis.SAFARI) {
      throw new MasukanTidakSah("kegiatan.safari.bukan");
    }
    return d;
  }
}
