package org.vigie.members;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A member's registration with one regulator: their number there and their (re)admission date. */
@Table("membership")
public record Membership(@Id Long id, String regulator, String number, LocalDate admissionDate) {

    static Membership of(String regulator, String number, LocalDate admissionDate) {
        return new Membership(null, regulator, number, admissionDate);
    }

    Membership withAdmissionDate(LocalDate date) {
        return new Membership(id, regulator, number, date);
    }
}
