package id.gerai.koperasi;

import org.springframework.data.relational.core.mapping.Table;

/** Members at the end of one year, by sex. */
@Table("koperasi_anggota_tahunan")
public record AnggotaTahunan(int lakiLaki, int perempuan) {

  public int jumlah() {
    return lakiLaki + perempuan;
  }
}
