package id.gerai.umkm;

/** Why two businesses are likely the same one, strongest first. */
public enum DuplikatAlasan {
  /** The same NIB. */
  NIB,
  /** The same owner NIK and a similar name. */
  NIK,
  /** The same owner phone and a similar name. */
  TELEPON
}
