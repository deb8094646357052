package org.vigie.scheduling.availability;

/** Who may book a slot (R108-R110): PUBLIC online and by the clinic, PRIVATE by the clinic only. Unchecked means private. */
enum Visibility {
    PUBLIC, PRIVATE
}
