package id.gerai.kegiatan;

import org.springframework.data.repository.CrudRepository;

interface KegiatanRepository extends CrudRepository<Kegiatan, Long> {}
