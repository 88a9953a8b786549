package id.gerai.kegiatan;

import id.gerai.koperasi.KoperasiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperatives as participants: a cooperative is registered like a business, checked in the
 * caller's scope ({@link KoperasiService#pastikanTerjangkau}) and named as the register names it;
 * its page lists the activities it took part in.
 */
@Service
@Transactional(readOnly = true)
public class PesertaKoperasiService {

  private final KoperasiService koperasi;
  private final JdbcClient jdbc;

  PesertaKoperasiService(KoperasiService koperasi, JdbcClient jdbc) {
    this.koperasi = koperasi;
    this.jdbc = jdbc;
  }

  /** The activities a cooperative took part in (not cancelled), latest first; 404 off scope. */
  public List<KegiatanUsaha> untukKoperasi(long koperasiId, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    return jdbc.sql(
            "SELECT k.id, k.jenis, k.judul, k.mulai, p.peran FROM peserta p"
                + " JOIN kegiatan k ON k.id = p.kegiatan_id"
                + " WHERE p.koperasi_id = :kop AND p.status <> 'BATAL'"
                + " ORDER BY k.mulai DESC, k.id DESC LIMIT 200")
        .param("kop", koperasiId)
        .query(
            (rs, i) ->
                new KegiatanUsaha(
                    rs.getLong("id"),
                    KegiatanJenis.valueOf(rs.getString("jenis")),
                    rs.getString("judul"),
                    KegiatanPencarian.waktu(rs, "mulai"),
                    PesertaPeran.valueOf(rs.getString("peran"))))
        .list();
  }

  /** The cooperative's name for a new registration; 404 off scope, 400 when already in. */
  String namaTerjangkau(long kegiatanId, long koperasiId, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    String nama = koperasi.ambil(koperasiId, cakupan).data().nama();
    long aktif =
        jdbc.sql(
                "SELECT COUNT(*) FROM peserta WHERE kegiatan_id = :k AND koperasi_id = :kop"
                    + " AND status <> 'BATAL'")
            .param("k", kegiatanId)
            .param("kop", koperasiId)
            .query(Long.class)
            .single();
    if (aktif > 0) {
      throw new MasukanTidakSah("kegiatan.peserta.sudah-terdaftar", nama);
    }
    return nama;
  }
}
