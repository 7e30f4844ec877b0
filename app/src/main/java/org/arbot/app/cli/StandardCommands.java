package org.arbot.app.cli;

import java.time.Clock;
import java.util.List;
import org.arbot.app.forecast.BenchForecastCommand;
import org.arbot.app.forecast.CloseCheckCommand;
import org.arbot.app.governance.AuditExportCommand;
import org.arbot.app.governance.AuditVerifyCommand;

/** The list of commands {@code arbot} ships; a new command is one class and one line here. */
final class StandardCommands {

    private StandardCommands() {
    }

    static List<Command> all() {
        return List.of(
                new VersionCommand(),
                new BenchForecastCommand(Clock.systemUTC()),
                new org.arbot.app.conversation.ChatCommand(),
                new org.arbot.app.conversation.BenchIntentsCommand(),
                new CloseCheckCommand(Clock.systemUTC()),
                new org.arbot.app.agents.BenchCollectionsCommand(),
                new AuditVerifyCommand(),
                new AuditExportCommand(),
                new org.arbot.app.cashapp.CashApplyCommand(),
                new org.arbot.app.cashapp.CashApplyBenchCommand(),
                new org.arbot.app.cashapp.CashApplySpeedCommand(),
                new org.arbot.app.ledger.IntacctCheckCommand(System.getenv(), Clock.systemUTC()));
    }
}
