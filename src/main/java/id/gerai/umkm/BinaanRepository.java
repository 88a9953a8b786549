package id.gerai.umkm;

import org.springframework.data.repository.CrudRepository;

interface BinaanRepository extends CrudRepository<Binaan, Long> {}
