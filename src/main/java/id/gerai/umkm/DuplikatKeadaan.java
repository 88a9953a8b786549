package id.gerai.umkm;

/** What the audit trail keeps of a merge: both ids, and the merged business's state. */
public record DuplikatKeadaan(long tetapId, long hapusId, String statusHapus, Long digabungKe) {}
