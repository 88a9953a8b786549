package id.gerai.gerai;

import org.springframework.data.repository.ListCrudRepository;

interface SuratKeputusanRepository extends ListCrudRepository<SuratKeputusan, Long> {}
