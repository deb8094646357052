package org.vigie.rules.facts;

import java.util.List;

/**
 * A group of the federation's online training as proposed: the size option chosen, the leader's
 * profession and FMOQ account, and the profession of each regular participant. The input fact of
 * the training pack's group rules.
 */
public final class TrainingGroup {
    private final String sizeOption;
    private final String leaderProfession;
    private final boolean leaderHasAccount;
    private final List<String> participantProfessions;

    public TrainingGroup(String sizeOption, String leaderProfession, boolean leaderHasAccount, List<String> participantProfessions) {
        this.sizeOption = sizeOption;
        this.leaderProfession = leaderProfession;
        this.leaderHasAccount = leaderHasAccount;
        this.participantProfessions = List.copyOf(participantProfessions);
    }

    public String getSizeOption() { return sizeOption; }
    public String getLeaderProfession() { return leaderProfession; }
    public boolean isLeaderHasAccount() { return leaderHasAccount; }
    public List<String> getParticipantProfessions() { return participantProfessions; }

    public int getSize() {
        return participantProfessions.size();
    }

    /** How many participants have one of these professions. */
    public int countOf(java.util.Collection<String> professions) {
        return (int) participantProfessions.stream().filter(professions::contains).count();
    }
}
