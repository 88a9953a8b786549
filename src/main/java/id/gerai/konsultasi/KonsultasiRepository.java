package id.gerai.konsultasi;

import org.springframework.data.repository.CrudRepository;

interface KonsultasiRepository extends CrudRepository<Konsultasi, Long> {}
