package id.gerai.umkm;

import java.util.List;

/** A permit just recorded: its id and the warnings (message keys) the user should look at. */
public record LegalitasTercatat(long id, List<String> peringatan) {

  public LegalitasTercatat {
    peringatan = List.copyOf(peringatan);
  }
}
