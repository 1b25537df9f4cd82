package ru.roadmapbot.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.AccountRefusedException;
import ru.roadmapbot.account.AccountRole;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * {@code admin create --login NAME --role regional|municipal [--territory "…"]} makes a console account, and
 * {@code admin password --login NAME} sets a new one (signing its sessions out). The password is read from stdin
 * (without echo at a terminal), so it never appears in the shell's history, the process list or a log.
 */
@Component("cliAdminCommand")
class AdminCommand {

    private final Accounts accounts;

    AdminCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    int run(CommandArguments arguments, CliMessages messages, InputStream in, PrintStream out, PrintStream err) {
        String action = arguments.positional().isEmpty() ? "" : arguments.positional().get(0);
        String login = arguments.option("login");
        if (!("create".equals(action) || "password".equals(action)) || login == null || login.isBlank()) {
            err.println(messages.get("cli.admin.usage"));
            return 2;
        }
        AccountRole role = null;
        if ("create".equals(action)) {
            role = AccountRole.parse(arguments.option("role"));
            if (role == null) {
                err.println(messages.get("cli.admin.usage"));
                return 2;
            }
        }
        String password;
        try {
            password = password(messages, in, err);
        } catch (IOException e) {
            err.println(messages.get("cli.admin.no-password"));
            return 2;
        }
        if (password == null || password.isEmpty()) {
            err.println(messages.get("cli.admin.no-password"));
            return 2;
        }
        try {
            Account account = "create".equals(action) ? accounts.create(login, role, arguments.option("territory"), password)
                    : accounts.changePassword(login, password);
            out.println(messages.get("create".equals(action) ? "cli.admin.created" : "cli.admin.password-changed",
                    account.getLogin(), messages.get(account.getRole().messageKey())));
            return 0;
        } catch (AccountRefusedException e) {
            err.println(messages.get(e.messageKey(), e.messageArguments()));
            return 2;
        } catch (TerritoryRefusedException e) {
            err.println(messages.get("cli." + e.messageKey(), e.messageArguments()));
            return 2;
        }
    }

    /** At a terminal the password is asked without echo; otherwise it is the first line of stdin (a pipe, a file). */
    private static String password(CliMessages messages, InputStream in, PrintStream err) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] typed = console.readPassword(messages.get("cli.admin.ask-password"));
            return typed == null ? null : new String(typed).strip();
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.strip();
    }
}
