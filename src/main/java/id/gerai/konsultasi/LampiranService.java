package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.berkas.GudangBerkas;
import id.gerai.shared.berkas.JenisBerkas;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A case's attachments (PDF, JPEG, PNG, WEBP up to 5 MB) in the shared file store. Whoever may see
 * the case may add and open them; outside that, 404 and no bytes.
 */
@Service
@Transactional
public class LampiranService {

  static final String JENIS = "lampiran_konsultasi";

  /** What a case accepts. */
  public static final AturanBerkas ATURAN =
      AturanBerkas.dari(
          DataSize.ofMegabytes(5),
          JenisBerkas.PDF,
          JenisBerkas.JPEG,
          JenisBerkas.PNG,
          JenisBerkas.WEBP);

  private final PenentuPemanggil pemanggil;
  private final PemuatKonsultasi pemuat;
  private final PencarianKonsultasi pencarian;
  private final GudangBerkas gudang;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  LampiranService(
      PenentuPemanggil pemanggil,
      PemuatKonsultasi pemuat,
      PencarianKonsultasi pencarian,
      GudangBerkas gudang,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.pemanggil = pemanggil;
    this.pemuat = pemuat;
    this.pencarian = pencarian;
    this.gudang = gudang;
    this.jdbc = jdbc;
    this.events = events;
  }

  public long unggah(long konsultasiId, BerkasUnggahan unggahan, Cakupan cakupan) {
    Pemanggil p = pemanggil.untuk(cakupan);
    if (!pencarian.terjangkau(konsultasiId, p)) {
      throw PemuatKonsultasi.tidakDitemukan(konsultasiId);
    }
    BerkasTersimpan b = gudang.simpan(unggahan, ATURAN);
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO lampiran_konsultasi (konsultasi_id, berkas_nama, berkas_nama_asli,"
                + " berkas_jenis, berkas_ukuran, berkas_sha256, diunggah_oleh, diunggah_pada)"
                + " VALUES (:k, :nama, :asli, :jenis, :ukuran, :sha, :oleh, :pada)")
        .param("k", konsultasiId)
        .param("nama", b.namaSimpan())
        .param("asli", b.namaAsli())
        .param("jenis", b.jenis().name())
        .param("ukuran", b.ukuran())
        .param("sha", b.sha256())
        .param("oleh", p.nama())
        .param("pada", Konsultasi.wib(pemuat.kini()))
        .update(kunci, "id");
    long id = kunci.getKey().longValue();
    events.publishEvent(Jejak.dibuat(JENIS, id, b));
    return id;
  }

  @Transactional(readOnly = true)
  public BerkasUnduhan buka(long lampiranId, Cakupan cakupan) {
    BerkasTersimpan b =
        pencarian
            .berkasLampiran(lampiranId, pemanggil.untuk(cakupan))
            .orElseThrow(() -> new TidakDitemukan("konsultasi.lampiran.tidak-ditemukan"));
    return gudang.buka(b);
  }
}
