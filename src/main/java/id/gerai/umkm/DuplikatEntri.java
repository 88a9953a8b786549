package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.wilayah.WilayahService;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate warning on entry and on edits, shared by the form and the API: {@link
 * DuplikatService#periksa} within the caller's scope, then once more over the whole register (every
 * business lies in the home area) only to tell whether a likely duplicate exists outside that
 * scope.
 */
@Service
public class DuplikatEntri {

  private final DuplikatService duplikat;
  private final DuplikatUbah ubah;
  private final WilayahService wilayah;

  DuplikatEntri(DuplikatService duplikat, DuplikatUbah ubah, WilayahService wilayah) {
    this.duplikat = duplikat;
    this.ubah = ubah;
    this.wilayah = wilayah;
  }

  @Transactional(readOnly = true)
  public DuplikatTemuan periksa(DaftarkanUmkm baru, Cakupan cakupan) {
    return temuan(c -> duplikat.periksa(baru, c), cakupan);
  }

  /**
   * The same warning for an edit of a business in scope (404 outside it), by the same rules, but
   * only when the edit changes the NIB, the owner's NIK or phone, or the business name; the
   * business itself and its owner's other businesses are never candidates. Only those who may edit
   * are asked (403 first, as the edit would answer).
   */
  @PreAuthorize(UmkmPeran.PENCATAT)
  @Transactional(readOnly = true)
  public DuplikatTemuan periksaUbah(long usahaId, DaftarkanUmkm perintah, Cakupan cakupan) {
    return ubah.ubahan(usahaId, perintah, cakupan)
        .map(u -> temuan(c -> duplikat.periksaUbah(u, c), cakupan))
        .orElse(DuplikatTemuan.TIDAK_ADA);
  }

  private DuplikatTemuan temuan(Function<Cakupan, List<DuplikatCalon>> periksa, Cakupan cakupan) {
    List<DuplikatCalon> dalam = periksa.apply(cakupan);
    Cakupan semua = Cakupan.wilayah(wilayah.kodeRumah());
    if (semua.equals(cakupan)) {
      return new DuplikatTemuan(dalam, false);
    }
    Set<Long> terlihat = dalam.stream().map(DuplikatCalon::id).collect(Collectors.toSet());
    boolean luar = periksa.apply(semua).stream().anyMatch(c -> !terlihat.contains(c.id()));
    return new DuplikatTemuan(dalam, luar);
  }
}
