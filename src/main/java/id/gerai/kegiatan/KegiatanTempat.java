package id.gerai.kegiatan;

/** Where an activity is, once checked: its gerai (or none), its area code and map position. */
record KegiatanTempat(Long geraiId, String kodeWilayah, Double lintang, Double bujur) {}
