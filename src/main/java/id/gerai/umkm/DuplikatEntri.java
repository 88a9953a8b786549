package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.wilayah.WilayahService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate warning on entry, shared by the form and the API: {@link DuplikatService#periksa}
 * within the caller's scope, then once more over the whole register (every business lies in the
 * home area) only to tell whether a likely duplicate exists outside that scope.
 */
@Service
public class DuplikatEntri {

  private final DuplikatService duplikat;
  private final WilayahService wilayah;

  DuplikatEntri(DuplikatService duplikat, WilayahService wilayah) {
    this.duplikat = duplikat;
    this.wilayah = wilayah;
  }

  @Transactional(readOnly = true)
  public DuplikatTemuan periksa(DaftarkanUmkm baru, Cakupan cakupan) {
    List<DuplikatCalon> dalam = duplikat.periksa(baru, cakupan);
    Cakupan semua = Cakupan.wilayah(wilayah.kodeRumah());
    if (semua.equals(cakupan)) {
      return new DuplikatTemuan(dalam, false);
    }
    Set<Long> terlihat = dalam.stream().map(DuplikatCalon::id).collect(Collectors.toSet());
    boolean luar = duplikat.periksa(baru, semua).stream().anyMatch(c -> !terlihat.contains(c.id()));
    return new DuplikatTemuan(dalam, luar);
  }
}
