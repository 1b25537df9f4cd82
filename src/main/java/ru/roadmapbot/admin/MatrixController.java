package ru.roadmapbot.admin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.roadmapbot.confirmation.ProgressMatrix;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * A roadmap's progress matrix (schools × activities) with its filters, and the same matrix as an XLSX workbook or a
 * CSV file. Only within the account's territory; a roadmap of another territory is 404.
 */
@Controller
class MatrixController {

    private final Roadmaps roadmaps;
    private final ProgressMatrix matrices;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;
    private final MatrixExports exports;

    MatrixController(Roadmaps roadmaps, ProgressMatrix matrices, ConsoleScopes scopes, ConsoleDates dates,
                     MatrixExports exports) {
        this.roadmaps = roadmaps;
        this.matrices = matrices;
        this.scopes = scopes;
        this.dates = dates;
        this.exports = exports;
    }

    /** The filters and the period as the page's form sends them. */
    record Query(String section, Long school, String state, Boolean overdue, String from, String to) {

        ProgressMatrix.Filter filter() {
            ProgressMatrix.CellState wanted = null;
            for (ProgressMatrix.CellState candidate : ProgressMatrix.CellState.values()) {
                if (candidate.name().equalsIgnoreCase(state == null ? "" : state)) {
                    wanted = candidate;
                }
            }
            return new ProgressMatrix.Filter(section == null || section.isBlank() ? null : section, school, wanted,
                    Boolean.TRUE.equals(overdue));
        }
    }

    @GetMapping("/admin/roadmaps/{id}/matrix")
    @Transactional(readOnly = true)
    String matrix(@PathVariable Long id, Query query, @AuthenticationPrincipal ConsoleUser user, Model model) {
        ProgressMatrix.Matrix matrix = matrix(id, query, user);
        model.addAttribute("matrix", matrix);
        model.addAttribute("query", query);
        model.addAttribute("states", ProgressMatrix.CellState.values());
        model.addAttribute("schools", matrices.schools(matrix.roadmap(), scopes.of(user)));
        model.addAttribute("exportQuery", exports.queryString(query));
        return "matrix";
    }

    @GetMapping("/admin/roadmaps/{id}/matrix.xlsx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> xlsx(@PathVariable Long id, Query query, @AuthenticationPrincipal ConsoleUser user, Locale locale) {
        ProgressMatrix.Matrix matrix = matrix(id, query, user);
        return Downloads.attachment(exports.xlsx(matrix, Texts.language(locale)), exports.fileName(matrix, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/admin/roadmaps/{id}/matrix.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable Long id, Query query, @AuthenticationPrincipal ConsoleUser user, Locale locale) {
        ProgressMatrix.Matrix matrix = matrix(id, query, user);
        return Downloads.attachment(exports.csv(matrix, Texts.language(locale)), exports.fileName(matrix, "csv"),
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private ProgressMatrix.Matrix matrix(Long id, Query query, ConsoleUser user) {
        Roadmap roadmap = scopes.visible(user, roadmaps.roadmap(id).orElseThrow(ConsoleScopes::notFound));
        ConsoleDates.Period period = dates.period(query.from(), query.to(), roadmap);
        return matrices.of(roadmap, scopes.of(user), period.from(), period.to(), dates.today(), query.filter());
    }

}
