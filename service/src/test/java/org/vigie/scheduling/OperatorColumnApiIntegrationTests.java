package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * The provincial operator's column of the matrix (OP, our reading of what the guide leaves open): RAMQ administers an
 * enterprise like its local administrator and reads its agendas for support, but never does a clinic's agenda work.
 */
class OperatorColumnApiIntegrationTests extends ClinicTest {

    @Test
    void OP_theOperatorReadsAnAgendaButMayNotEditItsSlotsWorkItsWeeksOrBook() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        String agenda = enterprise.path() + "/agendas/" + enterprise.location1() + "/" + doctor;

        var operator = api.get(Api.admin(), agenda);
        assertThat(operator.status()).as(operator.raw()).isEqualTo(200);
        assertThat(operator.text("/access/column")).isEqualTo("OP");
        assertThat(operator.body().get("access").get("canView").asBoolean()).isTrue();
        for (String denied : new String[] {"canEditSlots", "canQuickCreate", "canCopyWeek", "canClearWeek", "canApplyTemplate", "canBook"}) {
            assertThat(operator.body().get("access").get(denied).asBoolean()).as(denied).isFalse();
        }
        var localAdmin = api.get(enterprise.admin().login(), agenda);
        assertThat(localAdmin.text("/access/column")).isEqualTo("LA");
        assertThat(localAdmin.body().get("access").get("canBook").asBoolean()).as("the clinic books").isTrue();
    }

    @Test
    void OP_theOperatorStillAdministersTheEnterpriseItsLocationsAndReadsTheAuditTrail() {
        Enterprise enterprise = enterprise(false);
        var options = api.put(Api.admin(), enterprise.path() + "/locations/" + enterprise.location1() + "/options",
                EnterpriseAndEmployeeRulesApiIntegrationTests.options(12, "HOURS"));
        assertThat(options.status()).as(options.raw()).isEqualTo(200);
        var trail = api.get(Api.admin(), enterprise.path() + "/audit");
        assertThat(trail.status()).as(trail.raw()).isEqualTo(200);
        assertThat(trail.raw()).contains("location.options.edit");
    }
}
