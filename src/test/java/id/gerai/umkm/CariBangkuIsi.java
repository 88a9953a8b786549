package id.gerai.umkm;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills an empty PostgreSQL register with businesses in plain SQL (generate_series; a deterministic
 * spread from hashint4): owners with Javanese names, businesses named the way Semarang's are
 * (common words, and one in three with a made-up word of its own), spread over the kelurahan of
 * 33.74 and their gerai, one or two years of figures across the size classes, some products,
 * binaan, permits and ladder flags.
 */
final class CariBangkuIsi {

  /** Classes by sales: about 85% micro, 10% small, 4% medium, 1% large (2025, the latest). */
  private static final String KELAS =
      "CASE WHEN ABS(hashint4((u.id + 9)::int)) % 100 < 85 THEN 'MIKRO'"
          + " WHEN ABS(hashint4((u.id + 9)::int)) % 100 < 95 THEN 'KECIL'"
          + " WHEN ABS(hashint4((u.id + 9)::int)) % 100 < 99 THEN 'MENENGAH' ELSE 'BESAR' END";

  private static final String JENIS =
      "ARRAY['Warung','Toko','Kedai','Dapur','Keripik','Batik','Jahit','Bengkel','Katering','Kue',"
          + "'Bakso','Sambal','Kopi','Laundry','Salon','Rumah Makan','Mebel','Konveksi','Sablon',"
          + "'Bandeng Presto','Lumpia','Wingko','Tahu Bakso','Jamu','Kerajinan']";
  private static final String NAMA =
      "ARRAY['Sari','Maju','Jaya','Berkah','Barokah','Mulya','Lestari','Makmur','Sejahtera',"
          + "'Rahayu','Bu Tini','Pak Slamet','Mbak Ani','Sumber Rejeki','Citra','Mekar','Sentosa',"
          + "'Abadi','Mandiri','Lancar','Rejeki','Cahaya','Sinar','Arum','Ayu','Bunda','Mama Ita',"
          + "'Pak Kumis','Mas Budi','Dewi','Srikandi','Gemilang','Harapan','Pelangi','Melati',"
          + "'Kenanga','Mawar','Anggrek','Cempaka','Tentrem']";
  private static final String AKHIR =
      "ARRAY['',' Semarang',' 2',' Abadi',' Mandiri',' Jaya',' 88',' Sejati',' Asli',' Sentosa',"
          + "' Tembalang',' Candi',' Simpang Lima',' Baru',' Putra',' Putri']";
  private static final String DEPAN =
      "ARRAY['Siti','Sri','Budi','Agus','Dewi','Eko','Joko','Slamet','Tini','Wati','Rina','Yanti',"
          + "'Hadi','Bambang','Endang','Nur','Ahmad','Muhammad','Fitri','Ani','Tri','Dwi','Heru',"
          + "'Wahyu','Rudi','Sugeng','Suparno','Sumarni','Lestari','Puji','Indah','Ratna','Yuli',"
          + "'Kartini','Sutrisno','Hartono','Purwanto','Suryani','Mulyani','Rahmat']";
  private static final String BELAKANG =
      "ARRAY['Wijaya','Santoso','Susanti','Pratama','Saputra','Lestari','Rahayu','Hidayat',"
          + "'Setiawan','Kurniawan','Wibowo','Utomo','Nugroho','Handayani','Purnomo','Sulistyo',"
          + "'Haryanto','Suharto','Maryati','Astuti','Wulandari','Permana','Kusuma','Prasetyo',"
          + "'Anggraini','Ningsih']";
  private static final String PRODUK =
      "ARRAY['Keripik Tempe','Bandeng Presto','Lumpia Semarang','Batik Tulis','Kopi Bubuk',"
          + "'Sambal Bawang','Kue Kering','Jamu Kunyit','Tas Anyaman','Wingko Babat','Tahu Gimbal',"
          + "'Roti Ganjel Rel']";

  /** A made-up three-syllable word (one business in three has one, like Kasupo), 3,375 of them. */
  private static final String KATA =
      "INITCAP((ARRAY['ka','ri','su','po','ma','ne','to','la','di','wu','se','ra','bo','ni','ge'])"
          + "[1 + ABS(hashint4(i + 14)) % 15] || (ARRAY['ka','ri','su','po','ma','ne','to','la','di',"
          + "'wu','se','ra','bo','ni','ge'])[1 + ABS(hashint4(i + 15)) % 15] || (ARRAY['ka','ri','su',"
          + "'po','ma','ne','to','la','di','wu','se','ra','bo','ni','ge'])[1 + ABS(hashint4(i + 16))"
          + " % 15])";

  private final JdbcClient jdbc;

  CariBangkuIsi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fills up to {@code jumlah} businesses (about 0.9 owners each); no-op when already there. */
  void isi(int jumlah) {
    long ada = jdbc.sql("SELECT COUNT(*) FROM usaha").query(Long.class).single();
    if (ada >= jumlah) {
      return;
    }
    if (ada > 0) {
      throw new IllegalStateException("the bench fills an empty database; found " + ada);
    }
    int pelaku = jumlah * 9 / 10;
    jalankan(
        "CREATE TABLE bench_kel AS SELECT ROW_NUMBER() OVER (ORDER BY w.kode) - 1 AS n,"
            + " w.kode, (SELECT MIN(g.id) FROM gerai g WHERE g.kode_wilayah = w.kode) AS gerai"
            + " FROM wilayah w WHERE w.kode LIKE '33.74.%' AND LENGTH(w.kode) = 13");
    long kel = jdbc.sql("SELECT COUNT(*) FROM bench_kel").query(Long.class).single();
    jalankan(
        "INSERT INTO pelaku_usaha (id, nik, nama, jenis_kelamin, telepon, kode_wilayah,"
            + " dasar_pemrosesan, status_verifikasi, dibuat_pada, versi)"
            + " SELECT i, '3374' || LPAD(i::text, 12, '0'),"
            + " ("
            + DEPAN
            + ")[1 + ABS(hashint4(i)) % 40] || ' ' || ("
            + BELAKANG
            + ")[1 + ABS(hashint4(i + 7)) % 26], CASE WHEN i % 2 = 0 THEN 'L' ELSE 'P' END,"
            + " '+6281' || LPAD(i::text, 9, '0'), k.kode, 'PELAYANAN_PUBLIK', 'TERVERIFIKASI',"
            + " now() - (i % 1500) * INTERVAL '1 day', 0"
            + " FROM generate_series(1, "
            + pelaku
            + ") i"
            + " JOIN bench_kel k ON k.n = ABS(hashint4(i + 11)) % "
            + kel);
    jalankan(
        "INSERT INTO usaha (id, pelaku_usaha_id, nama, nib, kbli_versi, kbli_kode, kode_wilayah,"
            + " gerai_id, saluran_penjualan, status, status_verifikasi, dibuat_pada, diubah_pada,"
            + " versi, kelas_omzet_terakhir, tahun_kelas_terakhir)"
            + " SELECT i, p.id, ("
            + JENIS
            + ")[1 + ABS(hashint4(i + 1)) % 25] || ' ' ||"
            + " CASE WHEN ABS(hashint4(i + 13)) % 3 = 0 THEN "
            + KATA
            + " ELSE ("
            + NAMA
            + ")[1 + ABS(hashint4(i + 2)) % 40] END || ("
            + AKHIR
            + ")[1 + ABS(hashint4(i + 3)) % 16],"
            + " CASE WHEN ABS(hashint4(i + 4)) % 10 < 4 THEN '91' || LPAD(i::text, 11, '0') END,"
            + " '2020', (ARRAY['10710','10792','47111','56101','56102','14111','13134','95230',"
            + "'96011','10750'])[1 + ABS(hashint4(i + 5)) % 10], p.kode_wilayah,"
            + " CASE WHEN ABS(hashint4(i + 6)) % 10 < 6 THEN k.gerai END,"
            + " (ARRAY['OFFLINE','OFFLINE,MARKETPLACE','MEDIA_SOSIAL','OFFLINE,MEDIA_SOSIAL',"
            + "NULL])[1 + ABS(hashint4(i + 8)) % 5],"
            + " CASE WHEN i % 50 = 0 THEN 'TUTUP' WHEN i % 20 = 0 THEN 'DORMAN' ELSE 'AKTIF' END,"
            + " CASE WHEN i % 10 < 7 THEN 'TERVERIFIKASI' ELSE 'BELUM' END,"
            + " now() - (i % 2000) * INTERVAL '1 day', now(), 0, "
            + KELAS.replace("u.id", "i")
            + ", 2025 FROM generate_series(1, "
            + jumlah
            + ") i"
            + " JOIN pelaku_usaha p ON p.id = 1 + (i - 1) % "
            + pelaku
            + " JOIN bench_kel k ON k.kode = p.kode_wilayah");
    String kelas = KELAS;
    String omzet =
        "CASE WHEN ABS(hashint4((u.id + 9)::int)) % 100 < 85 THEN 300000000"
            + " WHEN ABS(hashint4((u.id + 9)::int)) % 100 < 95 THEN 5000000000"
            + " WHEN ABS(hashint4((u.id + 9)::int)) % 100 < 99 THEN 20000000000 ELSE 60000000000 END";
    jalankan(
        "INSERT INTO angka_tahunan (usaha_id, tahun, omzet_tahunan, tenaga_kerja, sumber,"
            + " kelas_omzet, dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada)"
            + " SELECT u.id, 2025, "
            + omzet
            + ", 1 + ABS(hashint4((u.id + 10)::int)) % 8, 'MANDIRI', "
            + kelas
            + ", 'PP_7_2021', 'PP 7/2021 Pasal 35', 'bench', now() FROM usaha u");
    jalankan(
        "INSERT INTO angka_tahunan (usaha_id, tahun, omzet_tahunan, tenaga_kerja, sumber,"
            + " kelas_omzet, dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada)"
            + " SELECT u.id, 2024, 250000000, 1, 'MANDIRI', 'MIKRO', 'PP_7_2021',"
            + " 'PP 7/2021 Pasal 35', 'bench', now() FROM usaha u WHERE u.id % 2 = 0");
    jalankan(
        "INSERT INTO produk (usaha_id, nama) SELECT u.id, ("
            + PRODUK
            + ")[1 + ABS(hashint4((u.id + 12)::int)) % 12] FROM usaha u WHERE u.id % 2 = 1");
    jalankan(
        "INSERT INTO binaan (usaha_id, pendamping, sejak, dicatat_oleh, dicatat_pada, versi)"
            + " SELECT u.id, 'Pendamping ' || (u.id % 40), DATE '2025-01-06', 'bench', now(), 0"
            + " FROM usaha u WHERE u.id % 20 = 3");
    jalankan(
        "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, berlaku_sampai,"
            + " dicatat_oleh, dicatat_pada, versi) SELECT u.id, 'PIRT', '2' || LPAD(u.id::text, 14,"
            + " '0'), DATE '2024-03-01', DATE '2029-03-01', 'bench', now(), 0"
            + " FROM usaha u WHERE u.id % 10 = 1");
    jalankan(
        "INSERT INTO tangga_usaha (usaha_id, pembukuan, pembiayaan_formal, diperbarui_pada)"
            + " SELECT u.id, TRUE, u.id % 3 = 0, now() FROM usaha u WHERE u.id % 5 = 1");
    for (String t : new String[] {"pelaku_usaha", "usaha", "produk", "binaan", "legalitas"}) {
      jalankan(
          "SELECT setval(pg_get_serial_sequence('"
              + t
              + "', 'id'), (SELECT MAX(id) FROM "
              + t
              + "))");
    }
    jalankan("DROP TABLE bench_kel");
    jalankan("VACUUM ANALYZE");
  }

  private void jalankan(String sql) {
    if (sql.startsWith("SELECT")) {
      jdbc.sql(sql).query((rs, i) -> 0).list();
    } else {
      jdbc.sql(sql).update();
    }
  }
}
