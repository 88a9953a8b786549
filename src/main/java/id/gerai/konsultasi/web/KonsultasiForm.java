package id.gerai.konsultasi.web;

import id.gerai.konsultasi.BukaKonsultasi;
import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.Urgensi;

/** The new-case form as the browser sends it: a business or a cooperative as the subject. */
record KonsultasiForm(
    Long usahaId, KategoriMasalah kategori, String uraian, Urgensi urgensi, Long koperasiId) {

  BukaKonsultasi perintah() {
    return new BukaKonsultasi(usahaId, kategori, uraian, urgensi, koperasiId);
  }
}
