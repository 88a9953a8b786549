package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.util.List;

/** An aspect of the assessment with its weight and components. */
public record Aspek(String kode, Teks nama, BigDecimal bobot, List<Komponen> komponen) {}
