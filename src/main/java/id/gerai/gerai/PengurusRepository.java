package id.gerai.gerai;

import org.springframework.data.repository.ListCrudRepository;

interface PengurusRepository extends ListCrudRepository<Pengurus, Long> {}
