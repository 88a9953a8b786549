package id.gerai.shared.berkas;

import org.springframework.core.io.Resource;

/** A stored file ready to be sent: its content, the sanitised name to offer, size and kind. */
public record BerkasUnduhan(Resource isi, String nama, long ukuran, JenisBerkas jenis) {}
