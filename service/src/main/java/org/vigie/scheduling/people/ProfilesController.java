package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.people.EmployeeProfiles.SuperUserSwitch;

@RestController
@Tag(name = "Employee profiles", description = "The super-user and local-administrator profiles of an employee (RVSQ, clinic side)")
class ProfilesController {
    private static final String EMPLOYEE = "/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}";

    private final EmployeeProfiles profiles;

    ProfilesController(EmployeeProfiles profiles) {
        this.profiles = profiles;
    }

    @PutMapping(EMPLOYEE + "/super-user")
    @Operation(operationId = "setSuperUser", summary = "A local administrator or super user grants or withdraws another employee's "
            + "super-user profile, saved at once (R52, R55); Yes also sets local administrator No and user Yes (R54); a super user cannot "
            + "do it to a local administrator, and the last local administrator stays (§9 A14)")
    EmployeeView superUser(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestBody SuperUserSwitch body,
                           @Permitted("profile.superUser.set") Actor actor) {
        return profiles.switchSuperUser(actor, employeeId, Bodies.required(body));
    }

    @DeleteMapping(EMPLOYEE + "/local-admin")
    @Operation(operationId = "removeLocalAdmin", summary = "A local administrator removes the local-administrator profile of another "
            + "employee after confirming « Retirer la permission » (R51); never their own (§9 A15), never the last one (§9 A14); granting "
            + "it is RAMQ's (§9 A12)")
    EmployeeView removeLocalAdmin(@PathVariable long enterpriseId, @PathVariable long employeeId,
                                  @RequestParam(required = false) Boolean confirmed, @Permitted("profile.localAdmin.remove") Actor actor) {
        return profiles.removeLocalAdmin(actor, employeeId, confirmed);
    }
}
