package org.vigie.exemptions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.CrudRepository;

interface Exemptions extends CrudRepository<Exemption, Long> {
    Page<Exemption> findByMemberId(long memberId, Pageable page);

    Page<Exemption> findByRegulatorAndStatus(String regulator, ExemptionStatus status, Pageable page);
}
