package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.impor.BarisImpor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Likely duplicates of an import chunk's rows, by the rules of {@link DuplikatService#periksa}:
 * candidates sharing a NIB, owner NIK or owner phone are fetched in one query per chunk within the
 * importer's scope, and each row is compared with them by {@link DuplikatService#alasan}.
 */
@Component
class ImporMirip {

  private final JdbcClient jdbc;

  ImporMirip(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ImporDuplikat> periksa(List<BarisImpor> baris, Cakupan cakupan) {
    List<DuplikatPencarian.Kunci> kunci = new ArrayList<>(baris.size());
    Set<String> nib = new HashSet<>();
    Set<String> nik = new HashSet<>();
    Set<String> telepon = new HashSet<>();
    for (BarisImpor b : baris) {
      DaftarkanUmkm d = b.perintah();
      String tel = Telepon.normalkan(d.telepon()).orElse(null);
      kunci.add(new DuplikatPencarian.Kunci(null, d.namaUsaha(), d.nib(), d.nik(), tel));
      tambah(nib, d.nib());
      tambah(nik, d.nik());
      tambah(telepon, tel);
    }
    List<DuplikatPencarian.Baris> calon = calon(nib, nik, telepon, cakupan);
    if (calon.isEmpty()) {
      return List.of();
    }
    Map<String, List<DuplikatPencarian.Baris>> menurut = new HashMap<>();
    for (DuplikatPencarian.Baris c : calon) {
      indeks(menurut, "B" + c.nib(), c);
      indeks(menurut, "K" + c.nik(), c);
      indeks(menurut, "T" + c.telepon(), c);
    }
    List<ImporDuplikat> hasil = new ArrayList<>();
    for (int i = 0; i < baris.size(); i++) {
      int nomor = baris.get(i).nomor();
      terbaik(kunci.get(i), menurut)
          .ifPresent(
              t ->
                  hasil.add(
                      new ImporDuplikat(
                          nomor,
                          t.baris().id(),
                          t.baris().nama(),
                          t.baris().pemilik(),
                          t.baris().kodeWilayah(),
                          t.alasan())));
    }
    return hasil;
  }

  private record Cocok(DuplikatPencarian.Baris baris, DuplikatAlasan alasan) {}

  private static Optional<Cocok> terbaik(
      DuplikatPencarian.Kunci k, Map<String, List<DuplikatPencarian.Baris>> menurut) {
    Cocok terbaik = null;
    for (String kunci : new String[] {"B" + k.nib(), "K" + k.nik(), "T" + k.telepon()}) {
      if (kunci.endsWith("null")) {
        continue;
      }
      for (DuplikatPencarian.Baris b : menurut.getOrDefault(kunci, List.of())) {
        Optional<DuplikatAlasan> a = DuplikatService.alasan(k, b);
        if (a.isPresent() && (terbaik == null || a.get().compareTo(terbaik.alasan()) < 0)) {
          terbaik = new Cocok(b, a.get());
        }
      }
    }
    return Optional.ofNullable(terbaik);
  }

  /**
   * First which of the chunk's identifiers are in the register at all (single-table look-ups on
   * their indexes), then the candidates for those few only, one query per identifier and within the
   * scope: an OR, or a join over thousands of values, would read whole tables.
   */
  private List<DuplikatPencarian.Baris> calon(
      Set<String> nib, Set<String> nik, Set<String> telepon, Cakupan cakupan) {
    Map<Long, DuplikatPencarian.Baris> semua = new java.util.LinkedHashMap<>();
    cari("u.nib", ada("usaha", "nib", nib), cakupan).forEach(b -> semua.putIfAbsent(b.id(), b));
    cari("p.nik", ada("pelaku_usaha", "nik", nik), cakupan)
        .forEach(b -> semua.putIfAbsent(b.id(), b));
    cari("p.telepon", ada("pelaku_usaha", "telepon", telepon), cakupan)
        .forEach(b -> semua.putIfAbsent(b.id(), b));
    return new ArrayList<>(semua.values());
  }

  private Set<String> ada(String tabel, String kolom, Set<String> nilai) {
    if (nilai.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("SELECT " + kolom + " FROM " + tabel + " WHERE " + kolom + " = ANY(:nilai)")
            .param("nilai", nilai.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  private List<DuplikatPencarian.Baris> cari(String kolom, Set<String> nilai, Cakupan cakupan) {
    if (nilai.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("nilai", nilai.toArray(String[]::new));
    String sql =
        "SELECT u.id, u.nama, p.nama AS pemilik, u.kode_wilayah, u.status, u.nib, p.nik,"
            + " p.telepon FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id"
            + " WHERE u.digabung_ke IS NULL AND "
            + kolom
            + " = ANY(:nilai) AND "
            + PencarianUmkm.syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(DuplikatPencarian.Baris.class).list();
  }

  private static void indeks(
      Map<String, List<DuplikatPencarian.Baris>> m, String k, DuplikatPencarian.Baris b) {
    if (!k.endsWith("null")) {
      m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(b);
    }
  }

  private static void tambah(Set<String> s, String v) {
    if (v != null && !v.isBlank()) {
      s.add(v);
    }
  }
}
