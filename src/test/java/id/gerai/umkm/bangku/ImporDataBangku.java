package id.gerai.umkm.bangku;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import net.datafaker.Faker;

/**
 * Writes a realistic Dinkop register CSV of N rows for the import benchmark (bench/impor.sh): names
 * from Datafaker's id locale, real kelurahan of Kota Semarang (by code or by name with its
 * kecamatan), valid NIK (born in a real kecamatan, women +40) and NIB, phones in local formats,
 * money in the three Indonesian ways, and about one row in a hundred with an error. Owners own
 * several businesses now and then. Seeded: the same N gives the same file.
 *
 * <p>Usage: {@code java ... ImporDataBangku <rows> <out.csv>}
 */
public final class ImporDataBangku {

  private static final String[] KBLI = {
    "10710", "10792", "13121", "14111", "47111", "47241", "47721", "56101", "56103"
  };
  private static final String[] JENIS = {
    "Warung", "Toko", "Kedai", "UD", "Dapur", "Konveksi", "Katering", "Laundry", "Bengkel"
  };

  private ImporDataBangku() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    tulis(n, Path.of(args[1]), 0);
  }

  record Kelurahan(String kode, String nama, String kecamatan) {}

  /**
   * {@code seri} keeps files apart (tests share one database): it moves the NIB range and the NIK
   * birth years (series 0: born 1960-1999).
   */
  public static void tulis(int n, Path keluar, int seri) throws IOException {
    List<Kelurahan> kel = kelurahan();
    Random r = new Random(20261128L);
    Faker f = new Faker(Locale.forLanguageTag("id"), new Random(7));
    String[] orang = new String[4000];
    String[] jalan = new String[2000];
    String[] kata = new String[2000];
    for (int i = 0; i < orang.length; i++) {
      orang[i] = f.name().fullName();
    }
    for (int i = 0; i < jalan.length; i++) {
      jalan[i] = f.address().streetName();
      kata[i] = f.name().lastName();
    }
    try (BufferedWriter w = Files.newBufferedWriter(keluar, StandardCharsets.UTF_8)) {
      w.write(
          "Nama Usaha;Nama Pemilik;NIK;No HP;Alamat;Kelurahan;Kecamatan;Omzet;Aset;"
              + "Jumlah Tenaga Kerja;NIB;KBLI;Tahun\r\n");
      String nikLalu = null;
      String pemilikLalu = null;
      for (int i = 0; i < n; i++) {
        Kelurahan k = kel.get(r.nextInt(kel.size()));
        boolean sama = nikLalu != null && r.nextInt(20) == 0;
        String pemilik = sama ? pemilikLalu : orang[r.nextInt(orang.length)];
        String nik = sama ? nikLalu : (r.nextInt(10) < 9 ? nik(i, k, r, seri) : "");
        String usaha =
            JENIS[r.nextInt(JENIS.length)] + " " + kata[r.nextInt(kata.length)] + " " + (i + 1);
        long omzet = (long) Math.exp(14 + r.nextDouble() * 8);
        StringBuilder b = new StringBuilder(200);
        b.append(usaha).append(';').append(pemilik).append(';');
        b.append(r.nextInt(100) == 0 ? "1234" : nik).append(';');
        b.append(telepon(r)).append(';');
        b.append(jalan[r.nextInt(jalan.length)]).append(" No. ");
        b.append(1 + r.nextInt(200)).append(';');
        if (r.nextInt(10) < 7) {
          b.append(k.kode()).append(';').append(';');
        } else {
          b.append(k.nama().toUpperCase(Locale.ROOT)).append(';').append(k.kecamatan()).append(';');
        }
        b.append(uang(omzet, r))
            .append(';')
            .append(uang(omzet / (2 + r.nextInt(5)), r))
            .append(';');
        b.append(r.nextInt(12)).append(';');
        b.append(
                r.nextInt(5) < 4
                    ? String.format("%013d", 9_100_000_000_000L + seri * 10_000_000L + i)
                    : "")
            .append(';');
        b.append(KBLI[r.nextInt(KBLI.length)]).append(';');
        b.append(2023 + r.nextInt(3)).append("\r\n");
        w.write(b.toString());
        if (!nik.isEmpty()) {
          nikLalu = nik;
          pemilikLalu = pemilik;
        }
      }
    }
  }

  /** A valid NIK: a real kecamatan code, a birth date (women +40), and a serial unique to i. */
  private static String nik(int i, Kelurahan k, Random r, int seri) {
    String kec = k.kode().substring(0, 8).replace(".", "");
    int serial = 1 + i % 9999;
    int hari = 1 + (i / 9999) % 28;
    int bulan = 1 + (i / (9999 * 28)) % 12;
    int tahun = (60 + seri * 40 + (i / (9999 * 28 * 12)) % 40) % 100;
    boolean perempuan = r.nextBoolean();
    return String.format(
        "%s%02d%02d%02d%04d", kec, hari + (perempuan ? 40 : 0), bulan, tahun, serial);
  }

  private static String telepon(Random r) {
    String nomor = "8" + (1 + r.nextInt(9)) + String.format("%09d", r.nextInt(1_000_000_000));
    return switch (r.nextInt(4)) {
      case 0 -> "0" + nomor;
      case 1 -> "+62 " + nomor;
      case 2 ->
          "0" + nomor.substring(0, 3) + "-" + nomor.substring(3, 7) + "-" + nomor.substring(7);
      default -> "";
    };
  }

  /** Money as Excel from Indonesian settings, a typed Rp amount, or plain digits. */
  private static String uang(long rupiah, Random r) {
    String titik = String.format(Locale.ROOT, "%,d", rupiah).replace(',', '.');
    return switch (r.nextInt(3)) {
      case 0 -> "Rp " + titik;
      case 1 -> titik + ",00";
      default -> String.valueOf(rupiah);
    };
  }

  private static List<Kelurahan> kelurahan() throws IOException {
    Map<String, String> kecamatan = new HashMap<>();
    try (BufferedReader in = baca("data/wilayah/districts.csv", false)) {
      in.lines()
          .filter(l -> l.startsWith("33.74."))
          .forEach(l -> kecamatan.put(l.split(",")[0], l.split(",", 3)[2]));
    }
    List<Kelurahan> semua = new ArrayList<>();
    try (BufferedReader in = baca("data/wilayah/villages.csv.gz", true)) {
      in.lines()
          .filter(l -> l.startsWith("33.74."))
          .map(l -> l.split(",", 3))
          .forEach(c -> semua.add(new Kelurahan(c[0], c[2], kecamatan.get(c[1]))));
    }
    return semua;
  }

  private static BufferedReader baca(String sumber, boolean gz) throws IOException {
    InputStream in = ImporDataBangku.class.getClassLoader().getResourceAsStream(sumber);
    return new BufferedReader(
        new InputStreamReader(gz ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
  }
}
