package org.vigie.web;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of a request, and what they may see. */
public record Caller(long accountId, String username, Role role, String regulator, Long memberId) {

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new ForbiddenException(Texts.of("web.caller.unauthenticated"));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaffOf(String regulatorCode) {
        return role == Role.STAFF && regulator.equals(regulatorCode);
    }

    /** A member sees their own data; staff see their regulator's members; administrators see all. */
    public boolean maySeeMember(long member, Collection<String> regulatorsOfMember) {
        return switch (role) {
            case ADMIN -> true;
            case MEMBER -> memberId != null && memberId == member;
            case STAFF -> regulatorsOfMember.contains(regulator);
            case CLINIC, LCGA -> false;
        };
    }

    public void requireMaySeeMember(long member, Collection<String> regulatorsOfMember) {
        if (!maySeeMember(member, regulatorsOfMember)) {
            throw new ForbiddenException(Texts.of("web.caller.memberData"));
        }
    }

    public void requireStaffOrAdmin() {
        if (role != Role.STAFF && role != Role.ADMIN) {
            throw new ForbiddenException(Texts.of("web.caller.staffOrAdmin"));
        }
    }

    /** The caller, when they are the regulator's staff or an administrator; 403 otherwise. */
    public Caller requireStaffOf(String regulatorCode) {
        requireStaffOrAdmin();
        requireActsFor(regulatorCode);
        return this;
    }

    /** Regulator staff act for their own regulator only; administrators for any. */
    public void requireActsFor(String regulatorCode) {
        if (!isAdmin() && !isStaffOf(regulatorCode)) {
            throw new ForbiddenException(Texts.of("web.caller.regulatorStaff"));
        }
    }
}
