package id.gerai.umkm;

import org.springframework.data.repository.CrudRepository;

interface BuktiRepository extends CrudRepository<Bukti, Long> {}
