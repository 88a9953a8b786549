package id.gerai.gerai;

import org.springframework.core.io.Resource;

/** A stored file ready to be sent: its content, the sanitised name to offer, and its size. */
public record BerkasUnduhan(Resource isi, String nama, long ukuran) {}
