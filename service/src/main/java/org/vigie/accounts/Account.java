package org.vigie.accounts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.vigie.web.Role;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A login: a member's, a regulator staff's or an administrator's. */
@Table("account")
public class Account {
    @Id
    private Long id;
    private final String username;
    private final String passwordHash;
    private final Role role;
    private final String regulator;
    private final Long memberId;
    private final Instant createdAt;

    @PersistenceCreator
    Account(Long id, String username, String passwordHash, Role role, String regulator, Long memberId, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.regulator = regulator;
        this.memberId = memberId;
        this.createdAt = createdAt;
    }

    public static Account member(String username, String passwordHash, long memberId, Instant now) {
        return new Account(null, username, passwordHash, Role.MEMBER, null, memberId, now);
    }

    public static Account staff(String username, String passwordHash, String regulator, Instant now) {
        return new Account(null, username, passwordHash, Role.STAFF, regulator, null, now);
    }

    public static Account clinic(String username, String passwordHash, Instant now) {
        return new Account(null, username, passwordHash, Role.CLINIC, null, null, now);
    }

    public static Account admin(String username, String passwordHash, Instant now) {
        return new Account(null, username, passwordHash, Role.ADMIN, null, null, now);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public String getRegulator() { return regulator; }
    public Long getMemberId() { return memberId; }
    public Instant getCreatedAt() { return createdAt; }
}
