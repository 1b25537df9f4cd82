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
import ru.roadmapbot.roadmap.AnalyzedActivity;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapAnalyzer;
import ru.roadmapbot.roadmap.RoadmapDocument;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.RoadmapReader;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;

/**
 * Importing a roadmap from the web: the file is read and understood first and shown as a preview; it is stored
 * only when the admin confirms. The file waits in the session meanwhile, so nothing half-imported exists.
 */
@Controller
class ImportController {

    private static final String PENDING = "pendingImport";

    private final RoadmapReader reader;
    private final RoadmapAnalyzer analyzer;
    private final RoadmapImporter importer;
    private final Texts texts;

    ImportController(RoadmapReader reader, RoadmapAnalyzer analyzer, RoadmapImporter importer, Texts texts) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.importer = importer;
        this.texts = texts;
    }

    /** A file waiting for confirmation. */
    record PendingFile(String fileName, byte[] content, String code) implements java.io.Serializable {
    }

    /** What the preview shows. */
    record Preview(String fileName, String title, Integer year, int activities, int sections,
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
                   HttpSession session, Model model, Locale locale) throws IOException {
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "roadmap" : file.getOriginalFilename();
        byte[] content = file.getBytes();
        try {
            RoadmapDocument document = reader.read(fileName, content);
            List<AnalyzedActivity> analyzed = analyzer.analyze(document);
            List<FlaggedRow> flagged = analyzed.stream().filter(AnalyzedActivity::needsReview).map(a -> new FlaggedRow(
                    a.row().number(), a.row().title(), a.schedule().text(), a.reviewMessageKey())).toList();
            session.setAttribute(PENDING, new PendingFile(fileName, content, code == null || code.isBlank() ? null : code.strip()));
            model.addAttribute("preview", new Preview(fileName, document.title(), document.year(), analyzed.size(),
                    document.sections().size(), flagged));
        } catch (UnreadableRoadmapException e) {
            model.addAttribute("error", texts.plain(Texts.language(locale), e.messageKey(), e.messageArguments()));
        }
        return "import";
    }

    @PostMapping("/admin/import/confirm")
    String confirm(HttpSession session, RedirectAttributes redirect, Locale locale) {
        Object pending = session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        if (!(pending instanceof PendingFile file)) {
            redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "import.gone"));
            return "redirect:/admin";
        }
        try {
            ImportSummary summary = importer.importContent(file.fileName(), file.content(), file.code());
            redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "admin.import.done", file.fileName(),
                    summary.activities(), summary.created(), summary.updated(), summary.unchanged(), summary.withdrawn(),
                    summary.flagged()));
            return "redirect:/admin/roadmaps/" + summary.roadmapId();
        } catch (UnreadableRoadmapException e) {
            redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), e.messageKey(), e.messageArguments()));
            return "redirect:/admin";
        }
    }

    @PostMapping("/admin/import/cancel")
    String cancel(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/admin";
    }
}
