package id.gerai.umkm;

/**
 * What the audit trail keeps of one export: the filters, the format, how many rows left the office
 * and whether NIK and phone were in clear.
 */
record EksporJejak(
    UmkmSaringan saringan, EksporFormat format, long jumlahBaris, boolean dataPribadiTerbuka) {}
