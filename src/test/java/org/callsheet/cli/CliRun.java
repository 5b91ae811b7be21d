package org.callsheet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(FakeCliEnvironment environment, Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, environment.factory(), new PrintWriter(out), new PrintWriter(err), locale);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(FakeCliEnvironment environment, String... args) {
        return of(environment, Locale.ENGLISH, args);
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
