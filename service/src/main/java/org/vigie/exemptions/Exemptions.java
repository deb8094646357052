package org.vigie.exemptions;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface Exemptions extends CrudRepository<Exemption, Long> {
    List<Exemption> findByMemberIdOrderByCreatedAtDesc(long memberId);

    List<Exemption> findByRegulatorAndStatusOrderBySubmittedAt(String regulator, ExemptionStatus status);
}
