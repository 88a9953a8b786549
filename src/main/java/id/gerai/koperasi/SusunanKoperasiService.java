package id.gerai.koperasi;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and members of a cooperative: officers and supervisors with their terms, members by
 * year, and a secondary cooperative's member cooperatives. Scoped and audited like the register;
 * what the cooperative's own officer changes becomes unverified.
 */
@Service
@Transactional(readOnly = true)
public class SusunanKoperasiService {

  private final KoperasiService koperasi;
  private final KoperasiRepository repo;

  SusunanKoperasiService(KoperasiService koperasi, KoperasiRepository repo) {
    this.koperasi = koperasi;
    this.repo = repo;
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void tambahPengurus(long id, CatatPengurus p, Cakupan cakupan) {
    if (p.mulai() != null && p.selesai() != null && p.selesai().isBefore(p.mulai())) {
      throw BidangDitolak.bidang("selesai", "koperasi.ditolak.masa-bakti");
    }
    PengurusKoperasi baru =
        new PengurusKoperasi(
            p.kedudukan(),
            p.nama().strip(),
            p.jabatan().strip(),
            p.mulai(),
            p.selesai(),
            UUID.randomUUID().toString());
    koperasi.simpan(koperasi.muat(id, cakupan), "UBAH", k -> k.tambahPengurus(baru));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void hapusPengurus(long id, String kode, Cakupan cakupan) {
    koperasi.simpan(koperasi.muat(id, cakupan), "UBAH", k -> k.hapusPengurus(kode));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void catatAnggota(long id, CatatAnggota a, Cakupan cakupan) {
    AnggotaTahunan baru = new AnggotaTahunan(a.lakiLaki(), a.perempuan());
    koperasi.simpan(koperasi.muat(id, cakupan), "UBAH", k -> k.catatAnggota(a.tahun(), baru));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void tambahAnggotaKoperasi(long id, CatatAnggotaKoperasi a, Cakupan cakupan) {
    Koperasi k = koperasi.muat(id, cakupan);
    String nama = a.nama() == null || a.nama().isBlank() ? null : a.nama().strip();
    if (a.anggotaKoperasiId() != null) {
      nama =
          repo.findById(a.anggotaKoperasiId())
              .map(x -> x.rekaman().nama())
              .orElseThrow(
                  () -> BidangDitolak.bidang("anggotaKoperasiId", "koperasi.ditolak.tidak-ada"));
    }
    if (nama == null) {
      throw BidangDitolak.bidang("nama", "koperasi.validasi.wajib");
    }
    AnggotaKoperasi baru =
        new AnggotaKoperasi(a.anggotaKoperasiId(), nama, a.sejak(), UUID.randomUUID().toString());
    koperasi.simpan(k, "UBAH", x -> x.tambahAnggotaKoperasi(baru));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void hapusAnggotaKoperasi(long id, String kode, Cakupan cakupan) {
    koperasi.simpan(koperasi.muat(id, cakupan), "UBAH", k -> k.hapusAnggotaKoperasi(kode));
  }
}
