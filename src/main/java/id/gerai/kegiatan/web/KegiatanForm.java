package id.gerai.kegiatan.web;

import id.gerai.kegiatan.DataKegiatan;
import id.gerai.kegiatan.KegiatanDetail;
import id.gerai.kegiatan.KegiatanJenis;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form (new and edit). The rules live in the service. */
class KegiatanForm {

  static final String WAKTU = "yyyy-MM-dd'T'HH:mm";

  private KegiatanJenis jenis;
  private String judul;

  @DateTimeFormat(pattern = WAKTU)
  private LocalDateTime mulai;

  @DateTimeFormat(pattern = WAKTU)
  private LocalDateTime selesai;

  private Long geraiId;
  private String kodeWilayah;
  private String alamat;
  private Double lintang;
  private Double bujur;
  private String penyelenggara;
  private Integer kapasitas;
  private Integer kuotaBinaan;
  private String deskripsi;
  private String catatanHasil;
  private Integer versi;
  private Boolean olehForum;

  DataKegiatan perintah() {
    return new DataKegiatan(
        jenis,
        judul,
        mulai,
        selesai,
        geraiId,
        kodeWilayah,
        alamat,
        lintang,
        bujur,
        penyelenggara,
        kapasitas,
        kuotaBinaan,
        deskripsi,
        catatanHasil,
        versi,
        olehForum);
  }

  static KegiatanForm dari(KegiatanDetail d) {
    KegiatanForm f = new KegiatanForm();
    f.jenis = d.jenis();
    f.judul = d.judul();
    f.mulai = d.mulai();
    f.selesai = d.selesai();
    f.geraiId = d.geraiId();
    f.kodeWilayah = d.geraiId() == null ? d.kodeWilayah() : null;
    f.alamat = d.alamat();
    f.lintang = d.lintang();
    f.bujur = d.bujur();
    f.penyelenggara = d.penyelenggara();
    f.kapasitas = d.kapasitas();
    f.kuotaBinaan = d.kuotaBinaan();
    f.deskripsi = d.deskripsi();
    f.catatanHasil = d.catatanHasil();
    f.versi = d.versi();
    f.olehForum = d.olehForum();
    return f;
  }

  public KegiatanJenis getJenis() {
    return jenis;
  }

  public void setJenis(KegiatanJenis jenis) {
    this.jenis = jenis;
  }

  public String getJudul() {
    return judul;
  }

  public void setJudul(String judul) {
    this.judul = judul;
  }

  public LocalDateTime getMulai() {
    return mulai;
  }

  public void setMulai(LocalDateTime mulai) {
    this.mulai = mulai;
  }

  public LocalDateTime getSelesai() {
    return selesai;
  }

  public void setSelesai(LocalDateTime selesai) {
    this.selesai = selesai;
  }

  public Long getGeraiId() {
    return geraiId;
  }

  public void setGeraiId(Long geraiId) {
    this.geraiId = geraiId;
  }

  public String getKodeWilayah() {
    return kodeWilayah;
  }

  public void setKodeWilayah(String kodeWilayah) {
    this.kodeWilayah = kodeWilayah;
  }

  public String getAlamat() {
    return alamat;
  }

  public void setAlamat(String alamat) {
    this.alamat = alamat;
  }

  public Double getLintang() {
    return lintang;
  }

  public void setLintang(Double lintang) {
    this.lintang = lintang;
  }

  public Double getBujur() {
    return bujur;
  }

  public void setBujur(Double bujur) {
    this.bujur = bujur;
  }

  public String getPenyelenggara() {
    return penyelenggara;
  }

  public void setPenyelenggara(String penyelenggara) {
    this.penyelenggara = penyelenggara;
  }

  public Integer getKapasitas() {
    return kapasitas;
  }

  public void setKapasitas(Integer kapasitas) {
    this.kapasitas = kapasitas;
  }

  public Integer getKuotaBinaan() {
    return kuotaBinaan;
  }

  public void setKuotaBinaan(Integer kuotaBinaan) {
    this.kuotaBinaan = kuotaBinaan;
  }

  public String getDeskripsi() {
    return deskripsi;
  }

  public void setDeskripsi(String deskripsi) {
    this.deskripsi = deskripsi;
  }

  public String getCatatanHasil() {
    return catatanHasil;
  }

  public void setCatatanHasil(String catatanHasil) {
    this.catatanHasil = catatanHasil;
  }

  public Boolean getOlehForum() {
    return olehForum;
  }

  public void setOlehForum(Boolean olehForum) {
    this.olehForum = olehForum;
  }

  public Integer getVersi() {
    return versi;
  }

  public void setVersi(Integer versi) {
    this.versi = versi;
  }
}
