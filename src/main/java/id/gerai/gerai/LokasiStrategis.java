package id.gerai.gerai;

import id.gerai.shared.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The named strategic gerai of a home area, from {@code data/gerai/strategis-<kode>.csv} (see
 * SUMBER.md there): a city's own facts kept as data, so another city ships its own file or none.
 */
final class LokasiStrategis {

  private LokasiStrategis() {}

  /** The locations of the home area, or none when it has no file. */
  static List<DataGerai> untuk(String kodeRumah) {
    ClassPathResource berkas = new ClassPathResource("data/gerai/strategis-" + kodeRumah + ".csv");
    if (!berkas.exists()) {
      return List.of();
    }
    List<DataGerai> hasil = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(berkas.getInputStream(), StandardCharsets.UTF_8))) {
      CsvReader csv = new CsvReader(in, ',');
      csv.berikutnya(); // header
      for (List<String> k = csv.berikutnya(); k != null; k = csv.berikutnya()) {
        if (k.size() >= 6) {
          hasil.add(baris(k));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hasil;
  }

  private static DataGerai baris(List<String> k) {
    return new DataGerai(
        GeraiJenis.STRATEGIS,
        k.get(0).strip(),
        k.get(1).strip(),
        kosong(k.get(2)) ? null : k.get(2).strip(),
        kosong(k.get(3)) ? null : Double.valueOf(k.get(3).strip()),
        kosong(k.get(4)) ? null : Double.valueOf(k.get(4).strip()),
        kosong(k.get(5)) ? null : LocalDate.parse(k.get(5).strip()));
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}
