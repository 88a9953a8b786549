package id.gerai.konsultasi;

import id.gerai.akun.Peran;
import id.gerai.akun.PilihAkun;
import id.gerai.akun.PilihAkunService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a case can be assigned to: active mentors, forum officers and Dinkop staff within the
 * assigner's reach (asked of the account module). The picker searches them; an assignment to a
 * person is checked against the same list and takes the account's own name and role, so a wrong,
 * inactive or unreachable account id is refused with a message.
 */
@Service
@Transactional(readOnly = true)
public class PilihAkunTujuan {

  private static final Map<Peran, PeranTujuan> PERAN = new EnumMap<>(Peran.class);

  static {
    PERAN.put(Peran.PENDAMPING, PeranTujuan.PENDAMPING);
    PERAN.put(Peran.PENGURUS_FORUM, PeranTujuan.PENGURUS_FORUM);
    PERAN.put(Peran.STAF_DINAS, PeranTujuan.STAF_DINAS);
  }

  private final PilihAkunService akun;

  PilihAkunTujuan(PilihAkunService akun) {
    this.akun = akun;
  }

  /** Accounts that can take cases whose name or username contains {@code q}. */
  @PreAuthorize(Pemanggil.PENGELOLA)
  public List<PilihAkunCalon> cari(String q, Cakupan cakupan) {
    return akun.cari(q, PERAN.keySet(), cakupan).stream().map(PilihAkunTujuan::calon).toList();
  }

  /**
   * The assignment with the chosen account's own name and role; a queue assignment (no account) as
   * it is.
   */
  Tugaskan lengkapi(Tugaskan tujuan, Cakupan cakupan) {
    if (tujuan.akunId() == null) {
      return tujuan;
    }
    Optional<PilihAkun> a = akun.ambil(tujuan.akunId(), PERAN.keySet(), cakupan);
    if (a.isEmpty()) {
      throw new MasukanTidakSah("pilih-akun.tidak-dikenal", String.valueOf(tujuan.akunId()));
    }
    PilihAkunCalon c = calon(a.get());
    return new Tugaskan(c.id(), c.namaLengkap(), c.peran());
  }

  private static PilihAkunCalon calon(PilihAkun a) {
    return new PilihAkunCalon(a.id(), a.namaPengguna(), a.namaLengkap(), PERAN.get(a.peran()));
  }
}
