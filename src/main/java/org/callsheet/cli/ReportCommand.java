package org.callsheet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code callsheet report …}: reports over the stored data; the work is done by its subcommands. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    private RootCommand root;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    /** The command with its subcommands and their texts; add it after the root's bundle is set. */
    static CommandLine commandLine(CliContext context) {
        FunnelTextsBundle texts = new FunnelTextsBundle(context.messages());
        CommandLine line = new CommandLine(new ReportCommand(context));
        line.setResourceBundle(texts);
        CommandLine funnel = new CommandLine(new FunnelReportCommand(context, texts));
        funnel.setResourceBundle(texts);
        line.addSubcommand(funnel);
        BriefTextsBundle briefTexts = new BriefTextsBundle(context.messages());
        CommandLine brief = new CommandLine(new BriefReportCommand(context, briefTexts));
        brief.setResourceBundle(briefTexts);
        line.addSubcommand(brief);
        return line;
    }

    RootCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(new CommandLine(this),
                new FunnelTextsBundle(context.messages()).text("report.error.which"));
    }
}
