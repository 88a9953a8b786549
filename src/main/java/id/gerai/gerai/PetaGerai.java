package id.gerai.gerai;

import java.util.List;

/** The gerai of a scope that are not closed: those the map can place, and those it cannot yet. */
public record PetaGerai(List<TitikGerai> berposisi, List<TitikGerai> tanpaPosisi) {}
