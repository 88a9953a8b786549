package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.HasilPenilaian;
import id.gerai.koperasi.kesehatan.MesinPenilaian;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.TidakDitemukan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health assessment of a cooperative: the worksheet of a fiscal year computed afresh from its
 * statements and the rubric that applies (or one the caller picks), the history of its years, and
 * the supervision list. Everything is limited to the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class PenilaianKesehatanService {

  private final KesehatanKoperasiPencarian koperasi;
  private final LaporanKeuanganPenyimpanan laporan;
  private final RubrikService rubrik;
  private final PenilaianKesehatanPenyimpanan simpanan;

  PenilaianKesehatanService(
      KesehatanKoperasiPencarian koperasi,
      LaporanKeuanganPenyimpanan laporan,
      RubrikService rubrik,
      PenilaianKesehatanPenyimpanan simpanan) {
    this.koperasi = koperasi;
    this.laporan = laporan;
    this.rubrik = rubrik;
    this.simpanan = simpanan;
  }

  /** The worksheet of a year, by the rubric in force or by the version {@code rubrikId}. */
  public PenilaianKesehatan lembarKerja(
      long koperasiId, int tahun, Cakupan cakupan, Long rubrikId) {
    KesehatanKoperasi k = koperasi.dalamCakupan(koperasiId, cakupan);
    Optional<RubrikTersimpan> r =
        rubrikId == null
            ? rubrik.untuk(k.kelompok(), tahun)
            : Optional.of(
                rubrik
                    .menurutId(rubrikId)
                    .orElseThrow(
                        () ->
                            new TidakDitemukan(
                                "koperasi.kesehatan.rubrik.tidak-ditemukan",
                                String.valueOf(rubrikId))));
    return nilai(k, tahun, laporan.baca(koperasiId, tahun).orElse(null), r.orElse(null));
  }

  /** The cooperative, when the caller's scope reaches it (404 otherwise). */
  public KesehatanKoperasi koperasi(long koperasiId, Cakupan cakupan) {
    return koperasi.dalamCakupan(koperasiId, cakupan);
  }

  /** Every year with statements, oldest first, each with its total and predicate. */
  public List<PenilaianKesehatanRingkas> riwayat(long koperasiId, Cakupan cakupan) {
    KesehatanKoperasi k = koperasi.dalamCakupan(koperasiId, cakupan);
    return laporan.semua(koperasiId).stream()
        .map(l -> nilai(k, l.tahun(), l, rubrik.untuk(k.kelompok(), l.tahun()).orElse(null)))
        .map(PenilaianKesehatanService::ringkas)
        .toList();
  }

  /** Cooperatives in scope needing supervision, worst first. */
  public Halaman<PenilaianKesehatanPengawasan> pengawasan(
      Cakupan cakupan, PenilaianKesehatanPengawasan.Alasan alasan, Integer nomor, Integer ukuran) {
    int u = Halaman.ukuranAman(ukuran);
    int n = nomor == null || nomor < 0 ? 0 : nomor;
    Set<String> kelompok = rubrik.kelompokDinilai();
    long total = simpanan.hitungPengawasan(cakupan, kelompok, alasan);
    return new Halaman<>(simpanan.pengawasan(cakupan, kelompok, alasan, n * u, u), n, u, total);
  }

  static PenilaianKesehatan nilai(
      KesehatanKoperasi k, int tahun, LaporanKeuangan l, RubrikTersimpan r) {
    if (l == null) {
      return new PenilaianKesehatan(
          k, tahun, null, r, null, PenilaianKesehatan.Keadaan.TANPA_LAPORAN);
    }
    if (r == null) {
      return new PenilaianKesehatan(
          k, tahun, l, null, null, PenilaianKesehatan.Keadaan.TANPA_RUBRIK);
    }
    HasilPenilaian h = MesinPenilaian.nilai(r.rubrik(), l.angka());
    return new PenilaianKesehatan(k, tahun, l, r, h, PenilaianKesehatan.Keadaan.DINILAI);
  }

  static PenilaianKesehatanRingkas ringkas(PenilaianKesehatan p) {
    HasilPenilaian h = p.hasil();
    return new PenilaianKesehatanRingkas(
        p.tahun(),
        p.keadaan(),
        h != null && h.lengkap(),
        h == null ? null : h.total(),
        h == null ? null : h.predikat(),
        p.laporan() != null && p.laporan().terverifikasi(),
        p.rubrik() == null ? null : p.rubrik().regulasi());
  }
}
