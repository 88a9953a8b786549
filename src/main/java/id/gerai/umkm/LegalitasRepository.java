package id.gerai.umkm;

import org.springframework.data.repository.CrudRepository;

interface LegalitasRepository extends CrudRepository<Legalitas, Long> {}
