package org.vigie.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A regulated professional, with their memberships (one per regulator). */
@Table("member")
public class Member {
    @Id
    private Long id;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final Instant createdAt;
    @MappedCollection(idColumn = "member_id")
    private final Set<Membership> memberships;

    @PersistenceCreator
    Member(Long id, String firstName, String lastName, String email, Instant createdAt, Set<Membership> memberships) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.createdAt = createdAt;
        this.memberships = new HashSet<>(memberships == null ? Set.of() : memberships);
    }

    static Member register(String firstName, String lastName, String email, Membership membership, Instant now) {
        return new Member(null, firstName, lastName, email, now, Set.of(membership));
    }

    public Long getId() { return id; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Membership> getMemberships() { return Set.copyOf(memberships); }

    public Optional<Membership> membership(String regulator) {
        return memberships.stream().filter(m -> m.regulator().equals(regulator)).findFirst();
    }

    public Set<String> regulators() {
        return memberships.stream().map(Membership::regulator).collect(Collectors.toSet());
    }

    void join(Membership membership) {
        memberships.add(membership);
    }

    Member withNames(String newFirstName, String newLastName) {
        return new Member(id, newFirstName, newLastName, email, createdAt, memberships);
    }

    void readmit(String regulator, LocalDate admissionDate) {
        Membership current = membership(regulator).orElseThrow();
        memberships.remove(current);
        memberships.add(current.withAdmissionDate(admissionDate));
    }
}
