package org.vigie.exemptions;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.CrudRepository;

interface Exemptions extends CrudRepository<Exemption, Long> {
    Page<Exemption> findByMemberId(long memberId, Pageable page);

    List<Exemption> findByRegulatorAndStatusOrderBySubmittedAt(String regulator, ExemptionStatus status);
}
