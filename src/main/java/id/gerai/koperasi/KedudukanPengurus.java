package id.gerai.koperasi;

/** An officer (pengurus) runs the cooperative; a supervisor (pengawas) oversees the officers. */
public enum KedudukanPengurus {
  PENGURUS,
  PENGAWAS
}
