package id.gerai.umkm;

/** A business that is likely a duplicate of another, with the strongest reason. */
public record DuplikatCalon(
    long id,
    String nama,
    String pemilik,
    String kodeWilayah,
    String status,
    DuplikatAlasan alasan) {}
