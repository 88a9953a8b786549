package id.gerai.koperasi;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.TonggakService;
import id.gerai.umkm.UmkmService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration with the UMKM register: which businesses are members of which cooperative. A link
 * needs both the cooperative and the business inside the caller's scope; each side's page lists the
 * other side, showing only what the caller's scope reaches.
 */
@Service
@Transactional(readOnly = true)
public class AnggotaUsahaService {

  static final String JENIS_JEJAK = "koperasi_usaha";

  /** A cooperative page lists at most this many member businesses. */
  static final int BATAS = 200;

  private final JdbcClient jdbc;
  private final KoperasiService koperasi;
  private final UmkmService umkm;
  private final TonggakService tonggak;
  private final ApplicationEventPublisher events;

  AnggotaUsahaService(
      JdbcClient jdbc,
      KoperasiService koperasi,
      UmkmService umkm,
      TonggakService tonggak,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.koperasi = koperasi;
    this.umkm = umkm;
    this.tonggak = tonggak;
    this.events = events;
  }

  /** How many businesses are members of the cooperative. */
  public long jumlah(long koperasiId, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    return jdbc.sql("SELECT COUNT(*) FROM koperasi_usaha WHERE koperasi_id = :k")
        .param("k", koperasiId)
        .query(Long.class)
        .single();
  }

  /**
   * The member businesses the caller's scope reaches (at most {@value #BATAS}). Outside any
   * transaction: each business's name is asked of the register on its own, and one out of scope (a
   * refusal there) must not spoil the others.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public List<AnggotaUsaha> usaha(long koperasiId, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    return jdbc
        .sql(
            "SELECT usaha_id, sejak FROM koperasi_usaha WHERE koperasi_id = :k"
                + " ORDER BY sejak, usaha_id LIMIT :batas")
        .param("k", koperasiId)
        .param("batas", BATAS)
        .query(
            (rs, i) ->
                new AnggotaUsaha(
                    rs.getLong("usaha_id"), null, rs.getObject("sejak", LocalDate.class)))
        .list()
        .stream()
        .map(a -> new AnggotaUsaha(a.usahaId(), nama(a.usahaId(), cakupan), a.sejak()))
        .filter(a -> a.namaUsaha() != null)
        .toList();
  }

  /**
   * The cooperatives of a business the caller may see (404 outside their scope), of those the
   * caller's scope reaches on the cooperative side too.
   */
  public List<KeanggotaanUsaha> koperasi(long usahaId, Cakupan cakupan) {
    umkm.pastikanTerjangkau(usahaId, cakupan);
    Map<String, Object> params = new HashMap<>(Map.of("u", usahaId));
    String syarat = PencarianKoperasi.syarat(cakupan, params);
    return jdbc.sql(
            "SELECT k.id, k.nama, k.jenis, ku.sejak FROM koperasi_usaha ku JOIN koperasi k"
                + " ON k.id = ku.koperasi_id WHERE ku.usaha_id = :u AND "
                + syarat
                + " ORDER BY LOWER(k.nama)")
        .params(params)
        .query(
            (rs, i) ->
                new KeanggotaanUsaha(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    JenisKoperasi.valueOf(rs.getString("jenis")),
                    rs.getObject("sejak", LocalDate.class)))
        .list();
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void tambah(long koperasiId, CatatAnggotaUsaha c, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    umkm.pastikanTerjangkau(c.usahaId(), cakupan);
    boolean sudah =
        jdbc.sql("SELECT COUNT(*) FROM koperasi_usaha WHERE koperasi_id = :k AND usaha_id = :u")
                .param("k", koperasiId)
                .param("u", c.usahaId())
                .query(Long.class)
                .single()
            > 0;
    if (sudah) {
      throw BidangDitolak.bidang("usahaId", "koperasi.usaha.ditolak.sudah-anggota");
    }
    jdbc.sql(
            "INSERT INTO koperasi_usaha (koperasi_id, usaha_id, sejak, dicatat_oleh, dicatat_pada)"
                + " VALUES (:k, :u, :sejak, :oleh, :kini)")
        .param("k", koperasiId)
        .param("u", c.usahaId())
        .param("sejak", c.sejak())
        .param("oleh", KoperasiPeran.nama())
        .param("kini", OffsetDateTime.now())
        .update();
    events.publishEvent(Jejak.dibuat(JENIS_JEJAK, koperasiId + "/" + c.usahaId(), c));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void hapus(long koperasiId, long usahaId, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    umkm.pastikanTerjangkau(usahaId, cakupan);
    int n =
        jdbc.sql("DELETE FROM koperasi_usaha WHERE koperasi_id = :k AND usaha_id = :u")
            .param("k", koperasiId)
            .param("u", usahaId)
            .update();
    if (n == 0) {
      throw new TidakDitemukan("koperasi.usaha.tidak-ditemukan", String.valueOf(usahaId));
    }
    events.publishEvent(new Jejak("HAPUS", JENIS_JEJAK, koperasiId + "/" + usahaId, usahaId, null));
  }

  private String nama(long usahaId, Cakupan cakupan) {
    try {
      return tonggak.namaUsaha(usahaId, cakupan);
    } catch (TidakDitemukan e) {
      return null;
    }
  }
}
