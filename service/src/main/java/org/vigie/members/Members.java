package org.vigie.members;

import org.springframework.data.repository.CrudRepository;

public interface Members extends CrudRepository<Member, Long> {
    boolean existsByEmail(String email);
}
