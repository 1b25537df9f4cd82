package ru.roadmapbot.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.AnalyzedActivity;
import ru.roadmapbot.roadmap.ResponsibleParty;
import ru.roadmapbot.schedule.ReviewReason;

/** One activity of {@code import --dry-run}: the row as written and as understood, with its review flags. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ActivityJson(int position, String number, String section, String title,
                    @JsonProperty("schedule_text") String scheduleText, @JsonRawValue String schedule,
                    @JsonProperty("responsible_text") String responsibleText, List<PartyJson> responsible,
                    String controller, @JsonProperty("expected_result") String expectedResult,
                    @JsonProperty("information_support") String informationSupport,
                    @JsonProperty("context_year") int contextYear, List<String> flags) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartyJson(String role, List<String> organizations, String person, String position, String raw) {
    }

    static ActivityJson of(AnalyzedActivity analyzed) {
        ActivityRow row = analyzed.row();
        List<PartyJson> parties = analyzed.parties().stream().map(ActivityJson::party).toList();
        List<String> flags = new ArrayList<>();
        analyzed.schedule().reviewReasons().stream().map(ReviewReason::code).forEach(code -> flags.add("schedule:" + code));
        analyzed.responsibleReview().forEach(code -> flags.add("responsible:" + code));
        return new ActivityJson(row.position(), row.number(), row.section(), row.title(),
                analyzed.schedule().text(), ScheduleJson.of(analyzed.schedule()), row.responsible(), parties,
                row.controller(), row.expectedResult(), row.informationSupport(), analyzed.contextYear(), flags);
    }

    private static PartyJson party(ResponsibleParty party) {
        return new PartyJson(party.role() == null ? null : party.role().name().toLowerCase(java.util.Locale.ROOT),
                party.organizations(), party.person(), party.position(), party.raw());
    }
}
