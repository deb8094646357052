package org.vigie.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePacks;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * The members the numbers on an attendance name. The guide asks for « le numéro de permis ou le matricule FMOQ »: the
 * federation's own number first, else a licence number held with one of the orders the pack lists ({@code licenceRegulators});
 * a licence number two members share names nobody, and the leader is asked for their FMOQ numbers instead.
 */
@Component
class ParticipantNumbers {
    private final RulePacks packs;
    private final MembershipNumbers memberships;
    private final Clock clock;

    ParticipantNumbers(RulePacks packs, MembershipNumbers memberships, Clock clock) {
        this.packs = packs;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Number to member, one entry per participant whatever the repeats; each number not found is refused on its field. */
    Map<String, Long> resolve(String regulator, List<String> numbers, String field, Validation validation) {
        List<String> licences = packs.require(regulator, PackManifest.TRAINING).parameters().inForce(LocalDate.now(clock))
                .codes("licenceRegulators");
        List<String> trimmed = numbers.stream().map(n -> n == null ? "" : n.trim()).toList();
        List<String> regulators = new ArrayList<>(List.of(regulator));
        regulators.addAll(licences);
        Map<String, List<Long>> byFmoqNumber = new HashMap<>();
        Map<String, Set<Long>> byLicence = new HashMap<>();
        for (var holder : memberships.holders(trimmed.stream().filter(n -> !n.isEmpty()).distinct().toList(), regulators)) {
            if (holder.regulator().equals(regulator)) {
                byFmoqNumber.computeIfAbsent(holder.number(), k -> new ArrayList<>()).add(holder.memberId());
            } else {
                byLicence.computeIfAbsent(holder.number(), k -> new TreeSet<>()).add(holder.memberId());
            }
        }
        Map<String, Long> participants = new LinkedHashMap<>();
        for (int i = 0; i < trimmed.size(); i++) {
            String number = trimmed.get(i);
            List<Long> members = byFmoqNumber.containsKey(number) ? byFmoqNumber.get(number)
                    : new ArrayList<>(byLicence.getOrDefault(number, Set.of()));
            String at = field + "[" + i + "]";
            validation.require(!members.isEmpty(), at, Texts.of("training.number.unknown", "number", number));
            validation.require(members.size() <= 1, at, Texts.of("training.number.shared", "number", number));
            if (members.size() == 1) {
                participants.put(number, members.get(0));
            }
        }
        return participants;
    }
}
