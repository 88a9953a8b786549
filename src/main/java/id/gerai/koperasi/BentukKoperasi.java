package id.gerai.koperasi;

/** UU 25/1992 Pasal 15: a primary cooperative's members are persons, a secondary's cooperatives. */
public enum BentukKoperasi {
  PRIMER,
  SEKUNDER
}
