package id.gerai.umkm;

import java.util.List;

/**
 * A business registered (or edited): its id, its owner's id, and the warnings (message keys) the
 * user should look at again, e.g. an unknown kecamatan code in the NIK.
 */
public record UmkmTerdaftar(long usahaId, long pelakuUsahaId, List<String> peringatan) {}
