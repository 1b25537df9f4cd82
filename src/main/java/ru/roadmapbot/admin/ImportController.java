package ru.roadmapbot.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.AnalyzedActivity;
import ru.roadmapbot.roadmap.Corrections;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.ImportPreview;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.RoadmapReader;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * Importing a roadmap from the console, reviewed before anything is stored: every row with its schedule as written
 * and as understood (rows to review first), the territory it goes to, and for a roadmap imported before what would
 * be new, changed and withdrawn. A schedule cell can be corrected right there and the reading is shown again; the
 * correction is kept for the roadmap's later imports. The file waits in the session meanwhile, so nothing
 * half-imported exists.
 */
@Controller
class ImportController {

    private static final String PENDING = "pendingImport";

    private final RoadmapImporter importer;
    private final RoadmapReader reader;
    private final AdminViews views;
    private final Texts texts;

    ImportController(RoadmapImporter importer, RoadmapReader reader, AdminViews views, Texts texts) {
        this.importer = importer;
        this.reader = reader;
        this.views = views;
        this.texts = texts;
    }

    /** A file waiting for confirmation, with what was typed over it: a territory, corrected schedule cells by row. */
    record PendingFile(String fileName, byte[] content, String code, String territory, Map<Integer, String> fixes)
            implements Serializable {

        PendingFile {
            fixes = Map.copyOf(fixes);
        }

        PendingFile with(String newTerritory, Map<Integer, String> newFixes) {
            Map<Integer, String> all = new HashMap<>(fixes);
            all.putAll(newFixes);
            all.values().removeIf(String::isBlank);
            return new PendingFile(fileName, content, code, newTerritory, all);
        }
    }

    /** What the preview shows. */
    record Preview(String fileName, String title, String shortName, Integer year, String territory, String sourceKey,
                   String levelKey, boolean newTerritory, String problem, int activities, int sections, int flagged,
                   List<RowView> rows, ru.roadmapbot.roadmap.ImportChanges changes) {
    }

    /** A row as written and as understood; {@code fix} is the correction typed for it, if any. */
    record RowView(int position, String number, String title, String written, List<String> parts, String rrule,
                   String reasonKey, boolean flagged, boolean corrected, String fix) {
    }

    @GetMapping("/admin/import")
    String form() {
        return "import";
    }

    @PostMapping("/admin/import")
    String preview(@RequestParam("file") MultipartFile file, @RequestParam(value = "code", required = false) String code,
                   @RequestParam(value = "territory", required = false) String territory,
                   @AuthenticationPrincipal ConsoleUser user, HttpSession session, Model model, Locale locale)
            throws IOException {
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "roadmap" : file.getOriginalFilename();
        // the file's size is checked by name before its bytes are read into memory
        if (file.getSize() > reader.maxBytes()) {
            return error(texts.plain(Texts.language(locale), "import.too-large", fileName, reader.maxBytes() / (1024 * 1024)),
                    session, model);
        }
        PendingFile pending = new PendingFile(fileName, file.getBytes(), blankToNull(code), blankToNull(territory), Map.of());
        return show(pending, user, session, model, locale);
    }

    /** A territory or corrected cells typed over the preview: the preview again, with the same file. */
    @PostMapping("/admin/import/review")
    String review(@RequestParam(value = "territory", required = false) String territory,
                  @RequestParam Map<String, String> form, @AuthenticationPrincipal ConsoleUser user, HttpSession session,
                  Model model, Locale locale) {
        if (!(session.getAttribute(PENDING) instanceof PendingFile file)) {
            return error(texts.plain(Texts.language(locale), "import.gone"), session, model);
        }
        Map<Integer, String> fixes = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("fix\\.\\d{1,5}")) {
                fixes.put(Integer.valueOf(name.substring(4)), value.strip());
            }
        });
        return show(file.with(blankToNull(territory), fixes), user, session, model, locale);
    }

    private String show(PendingFile pending, ConsoleUser user, HttpSession session, Model model, Locale locale) {
        String language = Texts.language(locale);
        try {
            ImportPreview preview = importer.preview(pending.fileName(), pending.content(), options(pending, user));
            session.setAttribute(PENDING, pending);
            model.addAttribute("preview", preview(preview, pending, language));
            model.addAttribute("typedTerritory", pending.territory());
        } catch (UnreadableRoadmapException e) {
            return error(texts.plain(language, e.messageKey(), e.messageArguments()), session, model);
        }
        return "import";
    }

    private String error(String message, HttpSession session, Model model) {
        session.removeAttribute(PENDING);
        model.addAttribute("error", message);
        return "import";
    }

    /** The options of a pending file: its territory, its corrections by row, the account's territory as the bound. */
    private ImportOptions options(PendingFile pending, ConsoleUser user) {
        Map<String, Corrections.Correction> byRow = new HashMap<>();
        if (!pending.fixes().isEmpty()) {
            for (ActivityRow row : reader.read(pending.fileName(), pending.content()).rows()) {
                String fix = pending.fixes().get(row.position());
                if (fix != null) {
                    byRow.put(Corrections.keyOf(row), new Corrections.Correction(row.scheduleLine(), fix));
                }
            }
        }
        return new ImportOptions(pending.code(), pending.territory(), null, user.territoryId(), new Corrections(byRow));
    }

    private Preview preview(ImportPreview preview, PendingFile pending, String language) {
        TerritoryRefusedException problem = preview.placementProblem();
        var placement = preview.placement();
        List<RowView> rows = preview.reviewOrder().stream().map(a -> row(preview, a, pending, language)).toList();
        return new Preview(preview.fileName(), preview.document().title(), preview.shortName(), preview.document().year(),
                placement == null ? null : placement.territoryName(),
                placement == null ? null : placement.source().messageKey(),
                placement == null || placement.level() == null ? null : placement.level().messageKey(),
                placement != null && placement.newTerritory(),
                problem == null ? null : texts.plain(language, problem.messageKey(), problem.messageArguments()),
                preview.activities().size(), preview.document().sections().size(), preview.flagged().size(), rows,
                preview.changes());
    }

    private RowView row(ImportPreview preview, AnalyzedActivity activity, PendingFile pending, String language) {
        ActivityRow row = activity.row();
        boolean corrected = preview.corrected(activity);
        return new RowView(row.position(), row.number(), row.title(), row.scheduleLine(),
                views.parts(activity.schedule(), language),
                activity.schedule().recurrence() == null ? null : activity.schedule().recurrence().toRrule(),
                activity.reviewMessageKey(), activity.needsReview(), corrected,
                pending.fixes().getOrDefault(row.position(), corrected ? activity.schedule().text() : null));
    }

    @PostMapping("/admin/import/confirm")
    String confirm(@AuthenticationPrincipal ConsoleUser user, HttpSession session, RedirectAttributes redirect,
                   Locale locale) {
        Object pending = session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        String language = Texts.language(locale);
        if (!(pending instanceof PendingFile file)) {
            redirect.addFlashAttribute("message", texts.plain(language, "import.gone"));
            return "redirect:/admin";
        }
        try {
            ImportSummary summary = importer.importDocument(file.fileName(), file.content(), options(file, user));
            redirect.addFlashAttribute("message", texts.plain(language, "admin.import.done", file.fileName(),
                    summary.activities(), summary.created(), summary.updated(), summary.unchanged(), summary.withdrawn(),
                    summary.flagged(), summary.shortName()));
            return "redirect:/admin/roadmaps/" + summary.roadmapId();
        } catch (UnreadableRoadmapException e) {
            redirect.addFlashAttribute("message", texts.plain(language, e.messageKey(), e.messageArguments()));
            return "redirect:/admin";
        } catch (TerritoryRefusedException e) {
            redirect.addFlashAttribute("message", texts.plain(language, e.messageKey(), e.messageArguments()));
            return "redirect:/admin/import";
        }
    }

    @PostMapping("/admin/import/cancel")
    String cancel(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/admin";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
