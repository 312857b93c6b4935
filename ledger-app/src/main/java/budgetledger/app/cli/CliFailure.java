package budgetledger.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operator reads when a command fails in a way it does not handle itself: one Chinese line naming the cause
 * and what to do, instead of a stack trace of the application's start (which {@code --debug} still shows).
 */
final class CliFailure {
    private CliFailure() {
    }

    static String line(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        if (chain.stream().anyMatch(t -> mentions(t, "could not lock") || mentions(t, "epg-lock"))) {
            return "错误：数据目录中的嵌入式数据库正被另一个进程使用，且没有找到正在运行的服务器留下的端口文件"
                    + "（embedded-postgres.properties）；请等该进程结束后重试，或用 SPRING_DATASOURCE_URL 指定数据库。";
        }
        if (chain.stream().anyMatch(t -> t instanceof java.net.ConnectException || mentions(t, "Connection refused")
                || mentions(t, "Connection to "))) {
            return "错误：无法连接数据库（" + oneLine(chain.get(chain.size() - 1)) + "）；请检查数据库或服务器是否在运行、"
                    + "SPRING_DATASOURCE_URL 是否正确。";
        }
        for (int i = chain.size() - 1; i >= 0; i--) { // the innermost message already written for a reader
            String message = chain.get(i).getMessage();
            if (message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return "错误：" + oneLine(chain.get(i)) + "（加 --debug 查看详情）";
            }
        }
        return "错误：命令未能完成（" + oneLine(chain.get(chain.size() - 1)) + "）；加 --debug 查看详情。";
    }

    private static boolean mentions(Throwable t, String text) {
        return t.getMessage() != null && t.getMessage().contains(text);
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
