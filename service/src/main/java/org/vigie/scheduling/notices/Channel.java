package org.vigie.scheduling.notices;

/** How a message reaches the patient (R194): the appointment's channels, by their codes. */
enum Channel {
    EMAIL, SMS, VOICE_CALL
}
