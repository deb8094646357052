package org.vigie.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Attendance sheets", description = "Who attended an activity: submitted once by the group's leader, corrected by the federation "
        + "with a trace")
class AttendanceController {
    private final AttendanceService attendance;
    private final AttendanceCorrectionService corrections;

    AttendanceController(AttendanceService attendance, AttendanceCorrectionService corrections) {
        this.attendance = attendance;
        this.corrections = corrections;
    }

    @PostMapping("/api/training/activities/{activityId}/attendance")
    @Operation(operationId = "submitAttendance", summary = "The leader submits the attendance, once: every participant's FMOQ number (or "
            + "licence number) and the activity's date confirmed; after the submission nothing can be added or changed by the leader (409)")
    ActivityViews.Activity submit(@PathVariable long activityId, @RequestBody AttendanceService.Attendance body) {
        AttendanceService.Attendance request = Bodies.required(body);
        return attendance.submit(Caller.current(), activityId, request);
    }

    @GetMapping("/api/training/activities/{activityId}/attendance")
    @Operation(operationId = "readAttendance", summary = "The attendance: who submitted it, the participants, and the federation's "
            + "corrections with their reasons (the leader, the federation's staff)")
    AttendanceService.AttendanceView attendance(@PathVariable long activityId) {
        return attendance.sheet(Caller.current(), activityId);
    }

    @PostMapping("/api/training/activities/{activityId}/attendance/corrections")
    @Operation(operationId = "correctAttendance", summary = "The federation's staff add or remove participants of a submitted attendance, "
            + "with the reason; each change is kept (who, when, why); an added participant is invited to evaluate and, once the activity is "
            + "validated, credited; a removed one loses the activity's credits")
    AttendanceService.AttendanceView correct(@PathVariable long activityId, @RequestBody AttendanceCorrectionService.Correction body) {
        AttendanceCorrectionService.Correction request = Bodies.required(body);
        return corrections.correct(Caller.current(), activityId, request);
    }
}
