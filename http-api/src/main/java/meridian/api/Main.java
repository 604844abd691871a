package meridian.api;

import meridian.api.cli.CassandraCommand;
import meridian.api.cli.LoadSecuritiesCommand;
import meridian.api.cli.RunCommand;
import meridian.api.cli.SchemaCommand;
import meridian.api.cli.TokenCommand;

import java.util.Arrays;

/** The {@code bin/meridian} entry point: one sub-command per use. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: meridian run | token --sub NAME --roles ROLES --tenant TENANT | schema | cassandra | load-securities");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code = switch (args[0]) {
            case "run" -> RunCommand.run(System.getenv());
            case "token" -> TokenCommand.run(rest, System.out, System.err);
            case "schema" -> SchemaCommand.run(System.getenv(), System.out);
            case "cassandra" -> CassandraCommand.run(System.getenv());
            case "load-securities" -> LoadSecuritiesCommand.run(rest, System.out);
            case "abs-cashflow" -> meridian.pricing.abs.AbsCashflowCli.run(
                    new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)),
                    new java.io.PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8));
            default -> {
                System.err.println("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(code);
    }
}
