package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gerai use cases other modules and the web layer call. Reads take the caller's scope and
 * answer 404 for a gerai outside it; changes are for Dinkop staff, inside their scope, and leave a
 * trail.
 */
@Service
@Transactional(readOnly = true)
public class GeraiService {

  private static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private final JdbcClient jdbc;
  private final GeraiRepository gerai;
  private final PencarianGerai pencarian;
  private final PemeriksaWilayah pemeriksa;
  private final WilayahService wilayah;
  private final ApplicationEventPublisher events;

  GeraiService(
      JdbcClient jdbc,
      GeraiRepository gerai,
      PencarianGerai pencarian,
      PemeriksaWilayah pemeriksa,
      WilayahService wilayah,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.gerai = gerai;
    this.pencarian = pencarian;
    this.pemeriksa = pemeriksa;
    this.wilayah = wilayah;
    this.events = events;
  }

  /** The area code a gerai serves, for scoping an account to it. */
  public String kodeWilayah(long geraiId) {
    return jdbc.sql("SELECT kode_wilayah FROM gerai WHERE id = :id")
        .param("id", geraiId)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new TidakDitemukan("gerai.tidak-ditemukan", String.valueOf(geraiId)));
  }

  /** How many active gerai the scope reaches. */
  public long jumlahAktif(Cakupan cakupan) {
    SyaratSql syarat = cakupan.syarat("kode_wilayah", "id", null);
    return jdbc.sql("SELECT COUNT(*) FROM gerai WHERE status = 'AKTIF' AND " + syarat.sql())
        .params(syarat.params())
        .query(Long.class)
        .single();
  }

  /** One page of the gerai the scope reaches, by name; a malformed area code is a 400. */
  public Halaman<GeraiRingkas> cari(SaringGerai saring, Cakupan cakupan) {
    return pencarian.cari(saring, cakupan);
  }

  /** The gerai with its area chain and status history; 404 when unknown or outside the scope. */
  public GeraiDetail ambil(long id, Cakupan cakupan) {
    return pencarian
        .detail(id, cakupan)
        .orElseThrow(() -> new TidakDitemukan("gerai.tidak-ditemukan", String.valueOf(id)));
  }

  /** The gerai of the scope that are not closed, split by whether the map can place them. */
  public PetaGerai peta(Cakupan cakupan) {
    List<TitikGerai> semua = pencarian.titik(cakupan);
    return new PetaGerai(
        semua.stream().filter(TitikGerai::berposisi).toList(),
        semua.stream().filter(t -> !t.berposisi()).toList());
  }

  /** Opens a new gerai inside the editor's scope; returns its id. */
  @Transactional
  @PreAuthorize(STAF)
  public long buka(DataGerai data, Cakupan editor, String oleh) {
    String kode = pemeriksa.periksa(data.jenis(), data.kodeWilayah(), editor);
    Gerai baru = gerai.save(Gerai.buka(denganKode(data, kode), LocalDate.now(), oleh));
    events.publishEvent(Jejak.dibuat(Gerai.JENIS_JEJAK, baru.id(), ringkas(baru)));
    return baru.id();
  }

  /** Edits a gerai as last read at {@code versi}; a newer edit by someone else is refused. */
  @Transactional
  @PreAuthorize(STAF)
  public void ubah(long id, int versi, DataGerai data, Cakupan editor) {
    Gerai g = muat(id, editor);
    if (g.versi() != versi) {
      throw new GeraiDitolak(null, "gerai.ditolak.versi-usang");
    }
    GeraiRingkas sebelum = ringkas(g);
    String kode = pemeriksa.periksa(data.jenis(), data.kodeWilayah(), editor);
    g.ubah(denganKode(data, kode), LocalDate.now());
    gerai.save(g);
    events.publishEvent(Jejak.diubah(Gerai.JENIS_JEJAK, id, sebelum, ringkas(g)));
  }

  /** Deactivates, reactivates or closes a gerai, keeping the change in its history. */
  @Transactional
  @PreAuthorize(STAF)
  public void ubahStatus(long id, PerubahanStatus perubahan, Cakupan editor, String oleh) {
    Gerai g = muat(id, editor);
    GeraiRingkas sebelum = ringkas(g);
    LocalDate sejak = perubahan.sejak();
    String alasan = perubahan.alasan();
    String aksi =
        switch (perubahan.tujuan()) {
          case AKTIF -> {
            g.aktifkan(sejak, alasan, oleh);
            yield "AKTIFKAN";
          }
          case NONAKTIF -> {
            g.nonaktifkan(sejak, alasan, oleh);
            yield "NONAKTIFKAN";
          }
          case TUTUP -> {
            g.tutup(sejak, alasan, oleh);
            yield "TUTUP";
          }
        };
    gerai.save(g);
    events.publishEvent(
        new Jejak(aksi, Gerai.JENIS_JEJAK, String.valueOf(id), sebelum, ringkas(g)));
  }

  private Gerai muat(long id, Cakupan editor) {
    if (!pencarian.terjangkau(id, editor)) {
      throw new TidakDitemukan("gerai.tidak-ditemukan", String.valueOf(id));
    }
    return gerai
        .findById(id)
        .orElseThrow(() -> new TidakDitemukan("gerai.tidak-ditemukan", String.valueOf(id)));
  }

  private GeraiRingkas ringkas(Gerai g) {
    return g.ringkas(wilayah.cari(g.kodeWilayah()).map(Wilayah::nama).orElse(null));
  }

  private static DataGerai denganKode(DataGerai d, String kode) {
    return new DataGerai(
        d.jenis(), d.nama(), kode, d.alamat(), d.lintang(), d.bujur(), d.tanggalBuka());
  }
}
