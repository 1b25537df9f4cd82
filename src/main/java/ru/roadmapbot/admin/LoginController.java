package ru.roadmapbot.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, which says why one is back at it (a wrong password, a wait, a lock, a session ended elsewhere, a
 * used sign-in link), and the root, which leads to the dashboard.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String wait, @RequestParam(required = false) String locked, Model model) {
        if (wait != null && wait.matches("\\d{1,4}")) {
            model.addAttribute("wait", Integer.parseInt(wait));
        }
        if (locked != null && locked.matches("\\d{2}:\\d{2}")) {
            model.addAttribute("locked", locked);
        }
        return "login";
    }

    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }
}
