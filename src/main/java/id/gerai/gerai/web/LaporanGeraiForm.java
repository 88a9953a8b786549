package id.gerai.gerai.web;

import id.gerai.gerai.LaporanGeraiAngka;
import id.gerai.gerai.LaporanGeraiRingkas;

/** The report form: counts (blank means zero) and a free note. */
public class LaporanGeraiForm {

  private Integer jumlahPertemuan;
  private Integer anggotaHadir;
  private Integer umkmBaru;
  private Integer koperasiBaru;
  private Integer layananNib;
  private Integer layananIzin;
  private Integer layananKonsultasi;
  private Integer permasalahan;
  private String catatan;

  static LaporanGeraiForm dari(LaporanGeraiRingkas l) {
    LaporanGeraiForm f = new LaporanGeraiForm();
    LaporanGeraiAngka a = l.angka();
    f.jumlahPertemuan = a.jumlahPertemuan();
    f.anggotaHadir = a.anggotaHadir();
    f.umkmBaru = a.umkmBaru();
    f.koperasiBaru = a.koperasiBaru();
    f.layananNib = a.layananNib();
    f.layananIzin = a.layananIzin();
    f.layananKonsultasi = a.layananKonsultasi();
    f.permasalahan = a.permasalahan();
    f.catatan = l.catatan();
    return f;
  }

  LaporanGeraiAngka angka() {
    return new LaporanGeraiAngka(
        n(jumlahPertemuan),
        n(anggotaHadir),
        n(umkmBaru),
        n(koperasiBaru),
        n(layananNib),
        n(layananIzin),
        n(layananKonsultasi),
        n(permasalahan));
  }

  private static int n(Integer i) {
    return i == null ? 0 : i;
  }

  public Integer getJumlahPertemuan() {
    return jumlahPertemuan;
  }

  public void setJumlahPertemuan(Integer v) {
    jumlahPertemuan = v;
  }

  public Integer getAnggotaHadir() {
    return anggotaHadir;
  }

  public void setAnggotaHadir(Integer v) {
    anggotaHadir = v;
  }

  public Integer getUmkmBaru() {
    return umkmBaru;
  }

  public void setUmkmBaru(Integer v) {
    umkmBaru = v;
  }

  public Integer getKoperasiBaru() {
    return koperasiBaru;
  }

  public void setKoperasiBaru(Integer v) {
    koperasiBaru = v;
  }

  public Integer getLayananNib() {
    return layananNib;
  }

  public void setLayananNib(Integer v) {
    layananNib = v;
  }

  public Integer getLayananIzin() {
    return layananIzin;
  }

  public void setLayananIzin(Integer v) {
    layananIzin = v;
  }

  public Integer getLayananKonsultasi() {
    return layananKonsultasi;
  }

  public void setLayananKonsultasi(Integer v) {
    layananKonsultasi = v;
  }

  public Integer getPermasalahan() {
    return permasalahan;
  }

  public void setPermasalahan(Integer v) {
    permasalahan = v;
  }

  public String getCatatan() {
    return catatan;
  }

  public void setCatatan(String v) {
    catatan = v;
  }
}
