package id.gerai.kegiatan;

/** A participant's role: participant, speaker, mentor, tenant, committee. */
public enum PesertaPeran {
  PESERTA,
  NARASUMBER,
  PENDAMPING,
  TENANT,
  PANITIA
}
