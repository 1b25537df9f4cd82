package ru.roadmapbot.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.roadmapbot.confirmation.SchoolReport;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapCodes;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;

/**
 * A school of the account's territory: its people, the roadmaps that reach it, and its "справка" for a chosen
 * period as a workbook. A school of another territory is 404.
 */
@Controller
class SchoolController {

    private final Organizations organizations;
    private final Participants participants;
    private final Roadmaps roadmaps;
    private final Territories territories;
    private final SchoolReport reports;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;
    private final Texts texts;

    SchoolController(Organizations organizations, Participants participants, Roadmaps roadmaps, Territories territories,
                     SchoolReport reports, ConsoleScopes scopes, ConsoleDates dates, Texts texts) {
        this.organizations = organizations;
        this.participants = participants;
        this.roadmaps = roadmaps;
        this.territories = territories;
        this.reports = reports;
        this.scopes = scopes;
        this.dates = dates;
        this.texts = texts;
    }

    @GetMapping("/admin/schools/{id}")
    @Transactional(readOnly = true)
    String school(@PathVariable Long id, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @AuthenticationPrincipal ConsoleUser user, Model model) {
        Organization school = school(id, user);
        ConsoleDates.Period period = dates.period(from, to, null);
        model.addAttribute("school", school);
        model.addAttribute("territory", territories.nameOf(school.getTerritoryId()));
        model.addAttribute("directors", participants.directorsOf(id).stream().map(Participant::getDisplayName).toList());
        model.addAttribute("curators", participants.curatorsOf(school).stream().map(Participant::getDisplayName).toList());
        model.addAttribute("roadmaps", reaching(school, user));
        model.addAttribute("period", period);
        model.addAttribute("lines", reports.lines(school, reaching(school, user), period.from(), period.to(), dates.today()));
        return "school";
    }

    @GetMapping("/admin/schools/{id}/report.xlsx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> report(@PathVariable Long id, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @AuthenticationPrincipal ConsoleUser user,
                                  Locale locale) {
        Organization school = school(id, user);
        ConsoleDates.Period period = dates.period(from, to, null);
        List<SchoolReport.Line> lines = reports.lines(school, reaching(school, user), period.from(), period.to(), dates.today());
        String name = RoadmapCodes.fromFileName(school.getName()) + "-" + period.from() + "-" + period.to() + ".xlsx";
        return Downloads.attachment(workbook(lines, Texts.language(locale), school.getName(), dates.zone()), name,
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private byte[] workbook(List<SchoolReport.Line> lines, String language, String school, ZoneId zone) {
        // streamed: a region's matrix is some 5,000 rows, which the in-memory workbook writes several times slower
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.ROWS_IN_MEMORY);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbooks styles = new Workbooks(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(school));
            List<String> headers = List.of("export.roadmap", "export.section", "export.number", "export.activity",
                    "export.schedule", "export.start", "export.due", "export.state", "export.reported", "export.comment",
                    "export.review-comment").stream().map(key -> texts.plain(language, key)).toList();
            styles.header(sheet, headers);
            int r = 1;
            for (SchoolReport.Line line : lines) {
                Row row = sheet.createRow(r++);
                styles.text(row, 0, line.roadmap());
                styles.text(row, 1, line.section());
                styles.text(row, 2, line.number());
                styles.text(row, 3, line.title());
                styles.text(row, 4, line.schedule());
                styles.date(row, 5, line.start());
                styles.date(row, 6, line.due());
                styles.text(row, 7, texts.plain(language, line.state().messageKey()));
                styles.date(row, 8, line.reportedAt() == null ? null : line.reportedAt().atZone(zone).toLocalDate());
                styles.text(row, 9, line.comment());
                styles.text(row, 10, line.reviewComment());
            }
            styles.finish(sheet, headers.size(), 0);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Organization school(Long id, ConsoleUser user) {
        Organization school = organizations.byId(id).orElseThrow(ConsoleScopes::notFound);
        scopes.check(user, school.getTerritoryId());
        return school;
    }

    /** The roadmaps the account sees that reach the school's territory. */
    private List<Roadmap> reaching(Organization school, ConsoleUser user) {
        return roadmaps.all().stream().filter(r -> scopes.sees(user, r))
                .filter(r -> territories.covers(r.getTerritoryId(), school.getTerritoryId())).toList();
    }
}
