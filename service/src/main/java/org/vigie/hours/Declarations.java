package org.vigie.hours;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.CrudRepository;

interface Declarations extends CrudRepository<Declaration, Long> {
    Optional<Declaration> findByMemberIdAndSubmissionKey(long memberId, String submissionKey);

    Page<Declaration> findByMemberId(long memberId, Pageable page);
}
