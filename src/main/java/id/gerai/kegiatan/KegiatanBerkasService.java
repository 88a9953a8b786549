package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.berkas.GudangBerkas;
import id.gerai.shared.berkas.JenisBerkas;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Photos (JPEG, PNG, WEBP) and documents (PDF) of an activity, at most 10 MB each, kept by the
 * shared file store. Anyone whose scope reaches the activity may open them; staff and gerai
 * officers upload.
 */
@Service
@Transactional
public class KegiatanBerkasService {

  static final String JENIS_JEJAK = "kegiatan_berkas";
  static final AturanBerkas ATURAN =
      AturanBerkas.dari(
          DataSize.ofMegabytes(10),
          JenisBerkas.PDF,
          JenisBerkas.JPEG,
          JenisBerkas.PNG,
          JenisBerkas.WEBP);

  private final KegiatanService kegiatan;
  private final GudangBerkas gudang;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  KegiatanBerkasService(
      KegiatanService kegiatan,
      GudangBerkas gudang,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.kegiatan = kegiatan;
    this.gudang = gudang;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Keeps an upload for the activity; returns the file row's id. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long unggah(long kegiatanId, BerkasUnggahan unggahan, String keterangan, Cakupan c) {
    kegiatan.pastikanTerjangkau(kegiatanId, c);
    String ket = KegiatanPeriksa.opsional(keterangan, 300, "kegiatan.berkas.keterangan");
    BerkasTersimpan b = gudang.simpan(unggahan, ATURAN);
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO kegiatan_berkas (kegiatan_id, nama_simpan, nama_asli, ukuran, sha256,"
                + " jenis_berkas, keterangan, diunggah_oleh, diunggah_pada) VALUES (:k, :simpan,"
                + " :asli, :ukuran, :sha, :jenis, :ket, :oleh, :pada)")
        .param("k", kegiatanId)
        .param("simpan", b.namaSimpan())
        .param("asli", b.namaAsli())
        .param("ukuran", b.ukuran())
        .param("sha", b.sha256())
        .param("jenis", b.jenis().name())
        .param("ket", ket)
        .param("oleh", KegiatanPeran.nama())
        .param("pada", KegiatanWaktu.param(Instant.now()))
        .update(kunci, "id");
    long id = kunci.getKey().longValue();
    events.publishEvent(Jejak.dibuat(JENIS_JEJAK, id, b));
    return id;
  }

  /** The file to send; 404 when the activity is outside the scope or the file is not its own. */
  @Transactional(readOnly = true)
  public BerkasUnduhan buka(long kegiatanId, long berkasId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    BerkasTersimpan b =
        jdbc.sql("SELECT * FROM kegiatan_berkas WHERE id = :id AND kegiatan_id = :k")
            .param("id", berkasId)
            .param("k", kegiatanId)
            .query(
                (rs, i) ->
                    new BerkasTersimpan(
                        rs.getString("nama_simpan"),
                        rs.getString("nama_asli"),
                        rs.getLong("ukuran"),
                        rs.getString("sha256"),
                        JenisBerkas.valueOf(rs.getString("jenis_berkas"))))
            .optional()
            .orElseThrow(() -> new TidakDitemukan("berkas.tidak-ada"));
    return gudang.buka(b);
  }
}
