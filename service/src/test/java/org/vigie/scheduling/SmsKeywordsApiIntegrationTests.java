package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Traces;

/** The short code's automatic replies (R202, §4.28) and the opt-out they keep (R203), through the SMS provider's endpoint. */
class SmsKeywordsApiIntegrationTests extends ClinicTest {
    private static final String STOP = "RVSQ – Réception textos annulée. Répondez REPRISE pour réactiver. Annuler rendez-vous : "
            + "www.rvsq.gouv.qc.ca. Frais msg/données applicables.";
    private static final String HELP = "RVSQ – Pour plus de détails sur votre rendez-vous, veuillez communiquer avec la clinique. "
            + "www.rvsq.gouv.qc.ca Frais msg/données applicables.";
    private static final String INFO = "RVSQ - Pour plus d'informations – For more information : www.rvsq.gouv.qc.ca. Frais message/données "
            + "applicables - Message/data fees apply.";
    private static final String START = "RVSQ – La réception des textos est réactivée. Répondez ARRET pour la désactiver de nouveau. "
            + "Frais message/données applicables";
    private static final String OTHER = "RVSQ – Notez que nous ne répondons pas aux textos – Please note that we do not reply to text messages.";

    private static String phone() {
        return String.format("(819) %03d-%04d", 200 + unique() % 700, unique() % 10000);
    }

    private static String e164(String phone) {
        return "+1" + phone.replaceAll("\\D", "");
    }

    private Api.Response text(String from, String text) {
        return api.post(Api.admin(), "/api/clinic/sms/inbound", Map.of("from", from, "text", text));
    }

    @Test
    void R202_eachKeywordGetsTheGuidesReplyWhateverItsCaseAndAccents() {
        Map<String, String> replies = Map.of("ARRÊT", STOP, "arret", STOP, "Aide", HELP, "info", INFO, "REPRISE", START, "Reprîse", START,
                "merci!", OTHER, "Oui je serai là", OTHER);
        replies.forEach((keyword, reply) -> {
            String phone = phone();
            var answer = text(phone, " " + keyword + " ");
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.text("/reply")).as(keyword).isEqualTo(reply);
            assertThat(jdbc.sql("SELECT CONCAT(direction, ':', short_code, ':', body) FROM sms_message WHERE phone = ? ORDER BY id")
                    .param(e164(phone)).query(String.class).list()).containsExactly("IN:64636: " + keyword + " ", "OUT:64636:" + reply);
        });
    }

    @Test
    void R202_englishKeywordsGetTheEnglishReplies() {
        assertThat(text(phone(), "stop").text("/reply")).isEqualTo("RVSQ – Text messages stopped. Reply START to reactivate. Cancel an "
                + "appointment: www.rvsq.gouv.qc.ca. Msg/data rates may apply.");
        var help = text(phone(), "HELP");
        assertThat(help.text("/keyword")).isEqualTo("HELP");
        assertThat(help.text("/reply")).isEqualTo("RVSQ – For more details about your appointment, please contact the clinic. "
                + "www.rvsq.gouv.qc.ca Msg/data rates may apply.");
        var start = text(phone(), "Start");
        assertThat(start.text("/keyword")).isEqualTo("START");
        assertThat(start.text("/reply")).isEqualTo("RVSQ – Text messages are reactivated. Reply STOP to deactivate them again. "
                + "Message/data rates may apply");
    }

    @Test
    void R203_arretPutsTheNumberOnTheOptOutListAndRepriseTakesItOff() {
        String phone = phone();
        text(phone, "STOP");
        assertThat(count("sms_opt_out", "phone = ?", e164(phone))).isEqualTo(1);
        text(e164(phone), "arrêt");
        assertThat(count("sms_opt_out", "phone = ?", e164(phone))).isEqualTo(1);
        text(phone, "REPRISE");
        assertThat(count("sms_opt_out", "phone = ?", e164(phone))).isZero();
    }

    @Test
    void R202_onlyTheOperatorsProviderHandsOverTextsAndANumberMustBeOne() {
        Traces traces = new Traces(jdbc);
        Enterprise enterprise = enterprise(false);
        var before = traces.settled();
        var refused = api.post(enterprise.admin().login(), "/api/clinic/sms/inbound", Map.of("from", phone(), "text", "ARRÊT"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        var invalid = text("12", "ARRÊT");
        assertThat(invalid.status()).as(invalid.raw()).isEqualTo(400);
        assertThat(invalid.text("/errors/0/field")).isEqualTo("from");
        assertThat(invalid.text("/errors/0/message")).isEqualTo("Ce numéro de téléphone n'est pas valide.");
        assertThat(Traces.changes(before, traces.now())).as("nothing written").isEqualTo(List.of());
    }
}
