package meridian.api;

import meridian.api.cli.CassandraCommand;
import meridian.api.cli.LoadSecuritiesCommand;
import meridian.api.cli.PriceCommand;
import meridian.api.cli.RunCommand;
import meridian.api.cli.SchemaCommand;
import meridian.api.cli.TokenCommand;
import meridian.pricing.abs.AbsCashflowCli;
import meridian.pricing.cli.BenchBookCli;
import meridian.pricing.cli.BenchGridCli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The {@code bin/meridian} entry point: one sub-command per use. */
public final class Main {

    static {
        CommonPoolSize.atLeastTwo();
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: meridian run | test | token --sub NAME --roles ROLES --tenant TENANT | schema | cassandra | load-securities | kyc-bench | price | rfq-parse | chat-sim | rfq-load | abs-cashflow (one JSON per line on stdin) | bench-book --contracts N --paths P --engine cpu|gpu | bench-grid --contracts N --engine cpu|gpu");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code = switch (args[0]) {
            case "run" -> RunCommand.run(System.getenv());
            case "token" -> TokenCommand.run(rest, System.out, System.err);
            case "schema" -> SchemaCommand.run(System.getenv(), System.out);
            case "cassandra" -> CassandraCommand.run(System.getenv());
            case "load-securities" -> LoadSecuritiesCommand.run(rest, System.out);
            case "kyc-bench" -> meridian.api.cli.KycBenchCommand.run(rest, new PrintStream(System.out, true, StandardCharsets.UTF_8));
            case "price" -> PriceCommand.run(rest, System.in,
                    new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
            case "abs-cashflow" -> AbsCashflowCli.run(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
            case "rfq-parse" -> meridian.domain.rfq.parse.RfqParseCli.run(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
            case "chat-sim" -> meridian.api.cli.ChatSimCommand.run(rest, System.in, System.out);
            case "rfq-load" -> meridian.api.cli.RfqLoadCommand.run(rest, System.out);
            case "bench-book" -> BenchBookCli.run(rest, System.out, System.err);
            case "bench-grid" -> BenchGridCli.run(rest, System.out, System.err);
            default -> {
                System.err.println("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(code);
    }
}
