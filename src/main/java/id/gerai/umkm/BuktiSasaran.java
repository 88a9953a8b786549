package id.gerai.umkm;

/** The business evidence is uploaded through, and its owner (who a KTP belongs to). */
record BuktiSasaran(long usahaId, long pelakuUsahaId) {}
