package id.gerai.umkm;

/**
 * The legal basis on which the office keeps a business actor's personal data (UU 27/2022 Pasal 20):
 * consent, contract, legal obligation, vital interest, public service, legitimate interest.
 */
public enum PelakuUsahaDasar {
  PERSETUJUAN,
  KONTRAK,
  KEWAJIBAN_HUKUM,
  KEPENTINGAN_VITAL,
  PELAYANAN_PUBLIK,
  KEPENTINGAN_SAH
}
