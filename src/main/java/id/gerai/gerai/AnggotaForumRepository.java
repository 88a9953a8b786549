package id.gerai.gerai;

import org.springframework.data.repository.ListCrudRepository;

interface AnggotaForumRepository extends ListCrudRepository<AnggotaForum, Long> {}
