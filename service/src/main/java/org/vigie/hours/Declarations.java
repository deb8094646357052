package org.vigie.hours;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface Declarations extends CrudRepository<Declaration, Long> {
    Optional<Declaration> findByMemberIdAndSubmissionKey(long memberId, String submissionKey);

    List<Declaration> findByMemberIdOrderBySubmittedAtDesc(long memberId);
}
