package ru.roadmapbot.admin;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.ImportPreview;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * Importing a roadmap from the web: the file is read and understood first and shown as a preview, with the
 * territory it goes to (from the document, or typed over it and shown again); it is stored only when the admin
 * confirms. The file waits in the session meanwhile, so nothing half-imported exists.
 */
@Controller
class ImportController {

    private static final String PENDING = "pendingImport";

    private final RoadmapImporter importer;
    private final Texts texts;

    ImportController(RoadmapImporter importer, Texts texts) {
        this.importer = importer;
        this.texts = texts;
    }

    /** A file waiting for confirmation, with the options it was previewed with. */
    record PendingFile(String fileName, byte[] content, String code, String territory) implements java.io.Serializable {

        ImportOptions options() {
            return new ImportOptions(code, territory, null, null);
        }
    }

    /** What the preview shows. */
    record Preview(String fileName, String title, String shortName, Integer year, String territory, String sourceKey,
                   String levelKey, boolean newTerritory, String problem, int activities, int sections,
                   List<FlaggedRow> flagged) {
    }

    /** A row to review in the preview. */
    record FlaggedRow(String number, String title, String schedule, String reasonKey) {
    }

    @GetMapping("/admin/import")
    String form() {
        return "import";
    }

    @PostMapping("/admin/import")
    String preview(@RequestParam("file") MultipartFile file, @RequestParam(value = "code", required = false) String code,
                   @RequestParam(value = "territory", required = false) String territory,
                   HttpSession session, Model model, Locale locale) throws IOException {
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "roadmap" : file.getOriginalFilename();
        PendingFile pending = new PendingFile(fileName, file.getBytes(), blankToNull(code), blankToNull(territory));
        return show(pending, session, model, locale);
    }

    /** The territory typed over the one found: the preview again, with the same file. */
    @PostMapping("/admin/import/territory")
    String retarget(@RequestParam(value = "territory", required = false) String territory, HttpSession session,
                    Model model, Locale locale) {
        if (!(session.getAttribute(PENDING) instanceof PendingFile file)) {
            model.addAttribute("error", texts.plain(Texts.language(locale), "import.gone"));
            return "import";
        }
        return show(new PendingFile(file.fileName(), file.content(), file.code(), blankToNull(territory)), session,
                model, locale);
    }

    private String show(PendingFile pending, HttpSession session, Model model, Locale locale) {
        String language = Texts.language(locale);
        try {
            ImportPreview preview = importer.preview(pending.fileName(), pending.content(), pending.options());
            session.setAttribute(PENDING, pending);
            model.addAttribute("preview", preview(preview, language));
            model.addAttribute("typedTerritory", pending.territory());
        } catch (UnreadableRoadmapException e) {
            session.removeAttribute(PENDING);
            model.addAttribute("error", texts.plain(language, e.messageKey(), e.messageArguments()));
        }
        return "import";
    }

    private Preview preview(ImportPreview preview, String language) {
        List<FlaggedRow> flagged = preview.flagged().stream().map(a -> new FlaggedRow(a.row().number(), a.row().title(),
                a.schedule().text(), a.reviewMessageKey())).toList();
        TerritoryRefusedException problem = preview.placementProblem();
        var placement = preview.placement();
        return new Preview(preview.fileName(), preview.document().title(), preview.shortName(), preview.document().year(),
                placement == null ? null : placement.territoryName(),
                placement == null ? null : placement.source().messageKey(),
                placement == null || placement.level() == null ? null : placement.level().messageKey(),
                placement != null && placement.newTerritory(),
                problem == null ? null : texts.plain(language, problem.messageKey(), problem.messageArguments()),
                preview.activities().size(), preview.document().sections().size(), flagged);
    }

    @PostMapping("/admin/import/confirm")
    String confirm(HttpSession session, RedirectAttributes redirect, Locale locale) {
        Object pending = session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        String language = Texts.language(locale);
        if (!(pending instanceof PendingFile file)) {
            redirect.addFlashAttribute("message", texts.plain(language, "import.gone"));
            return "redirect:/admin";
        }
        try {
            ImportSummary summary = importer.importDocument(file.fileName(), file.content(), file.options());
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
