package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigie.VigieApplication;
import org.vigie.support.Api;
import org.vigie.support.Together;

/**
 * The same template applied to the same weeks of one professional at once, through two service instances on one database
 * (this test's and a second one, on its own clock: the weeks are ahead for both): the professional's lock row orders them, the
 * second finds the first one's slots and is refused whole (409), and the weeks hold one set of slots.
 */
class TemplateApplicationConcurrencyIntegrationTests extends TemplateTest {
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startSecondInstance() {
        second = new SpringApplicationBuilder(VigieApplication.class).properties("server.port=0", "spring.jmx.enabled=false").run();
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void R158_A7_theSameTemplateAppliedToTheSameWeeksOnTwoInstancesAtOnceMakesOneSet() throws Exception {
        long id = created(template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service),
                slot("WEDNESDAY", "13:00", "17:00", service), slot("FRIDAY", "08:00", "11:00", service)));
        Api other = new Api(((ServletWebServerApplicationContext) second).getWebServer().getPort());
        String path = professionalPath(enterprise, professional) + "/weeks/2027-03-07/apply-template";
        var body = java.util.Map.of("templateId", id, "nextWeeks", 8);
        List<Callable<Api.Response>> twice = List.of(() -> api.post(enterprise.admin().login(), path, body),
                () -> other.post(enterprise.admin().login(), path, body));
        var answers = Together.run(twice);
        assertThat(answers.stream().map(Api.Response::status).sorted().toList()).as(answers.get(0).raw() + answers.get(1).raw())
                .containsExactly(201, 409);
        Api.Response refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(refused.text("/detail")).isEqualTo("27 plages existent déjà à l'identique, dont celle du 8 mars 2027 de 9 h à 12 h : aucune "
                + "plage n'a été créée.");
        assertThat(slotCount(professional)).as("3 slots in each of 9 weeks, once").isEqualTo(27);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT CONCAT(local_date, local_start)) FROM availability_slot WHERE professional_id = ?")
                .param(professional).query(Long.class).single()).isEqualTo(27);
    }
}
