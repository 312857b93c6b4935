package budgetledger.app.cli;

import budgetledger.app.LedgerApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Run the ledger server (REST API on port 8080, or PORT).")
class ServeCommand implements Callable<Integer> {
    @Unmatched
    List<String> springArgs = List.of();

    @Override
    public Integer call() {
        SpringApplication.run(LedgerApplication.class, springArgs.toArray(String[]::new));
        return 0;
    }
}
