package budgetledger.app;

import budgetledger.app.cli.LedgerCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * {@code java -jar ledger-app.jar} (or {@code serve}) runs the server; any other first argument is a CLI command
 * ({@code import}, {@code export-events}, {@code verify}, {@code report}, {@code rebuild-views}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerApplication {

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve") || args[0].startsWith("--")) {
            String[] rest = args.length > 0 && args[0].equals("serve")
                    ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication.run(LedgerApplication.class, rest);
            return;
        }
        System.exit(LedgerCli.run(args));
    }
}
