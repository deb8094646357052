package org.vigie.training;

import java.util.List;

/**
 * A group as its leader creates it (the FMOQ's form): the size option and professions are codes of the pack's lists
 * ({@code sizeOptions}, {@code professions}, {@code purchaseFormulas}).
 */
record NewGroup(String name, String sizeOption, String leaderProfession, List<Participants> participants, String frequency,
                String nextActivities, String purchaseFormula, String receiptReference, Boolean termsAccepted) {

    /** How many of the group's regular participants practise a profession. */
    record Participants(String profession, Integer count) {
    }
}
