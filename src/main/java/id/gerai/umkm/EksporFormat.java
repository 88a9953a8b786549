package id.gerai.umkm;

/** The file formats the register exports to, with their media type and file extension. */
public enum EksporFormat {
  CSV("text/csv;charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String jenisMedia;
  private final String ekstensi;

  EksporFormat(String jenisMedia, String ekstensi) {
    this.jenisMedia = jenisMedia;
    this.ekstensi = ekstensi;
  }

  public String jenisMedia() {
    return jenisMedia;
  }

  public String ekstensi() {
    return ekstensi;
  }
}
