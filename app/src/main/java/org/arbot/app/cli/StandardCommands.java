package org.arbot.app.cli;

import java.time.Clock;
import java.util.List;
import org.arbot.app.agents.BenchCollectionsCommand;
import org.arbot.app.cashapp.CashApplyBenchCommand;
import org.arbot.app.cashapp.CashApplyCommand;
import org.arbot.app.cashapp.CashApplySpeedCommand;
import org.arbot.app.conversation.BenchIntentsCommand;
import org.arbot.app.conversation.ChatCommand;
import org.arbot.app.forecast.BenchForecastCommand;
import org.arbot.app.forecast.CloseCheckCommand;
import org.arbot.app.governance.AuditExportCommand;
import org.arbot.app.governance.AuditVerifyCommand;
import org.arbot.app.ledger.BenchIntacctCallsCommand;
import org.arbot.app.ledger.IntacctCheckCommand;
import org.arbot.app.slack.bench.SlackAckBenchCommand;

/** The list of commands {@code arbot} ships; a new command is one class and one line here. */
final class StandardCommands {

    private StandardCommands() {
    }

    static List<Command> all() {
        Clock clock = Clock.systemUTC();
        return List.of(
                new VersionCommand(),
                new ChatCommand(),
                new CashApplyCommand(),
                new CashApplyBenchCommand(),
                new CashApplySpeedCommand(),
                new IntacctCheckCommand(System.getenv(), clock),
                new CloseCheckCommand(clock),
                new AuditVerifyCommand(),
                new AuditExportCommand(),
                new BenchIntentsCommand(),
                new BenchForecastCommand(clock),
                new BenchCollectionsCommand(),
                new BenchIntacctCallsCommand(),
                new SlackAckBenchCommand());
    }
}
