package id.gerai.shared;

import java.util.List;

/**
 * Many trail entries of one operation (a chunk of an import), published inside its transaction and
 * written by the trail together, in one batch: the same rows as publishing each {@link Jejak}, in
 * far fewer round trips.
 */
public record JejakMassal(List<Jejak> isi) {

  public JejakMassal {
    isi = List.copyOf(isi);
  }
}
