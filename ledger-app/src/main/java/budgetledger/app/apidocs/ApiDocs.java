package budgetledger.app.apidocs;

import budgetledger.app.security.CommandCatalogue;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI): the product's name and version, and every command of the
 * {@link CommandCatalogue} as an operation of its own — its path, its typed request schema, who may send it — in
 * place of the generic routes the controller serves them through.
 */
@Configuration
public class ApiDocs {
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Bean
    OpenAPI ledgerOpenApi(@Value("${ledger.version:unknown}") String version) {
        return new OpenAPI().info(new Info().title("预算执行账本 Budget-execution ledger").version(version)
                .description("记录预算单位一个年度的每一项预算事实（不可修改的事件），并由此得出决算数据、三公经费控制与绩效自评。"
                        + "每个命令一个操作；错误均为 RFC 7807 problem（code、中文 title/detail）。"));
    }

    @Bean
    OpenApiCustomizer commandOperations() {
        return ApiDocs::addCommands;
    }

    static void addCommands(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        if (api.getComponents().getSchemas() == null) {
            api.getComponents().setSchemas(new LinkedHashMap<>());
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        removeGenericRoutes(api);
        schemas.put("Problem", problem());
        schemas.put("CommandOutcome", outcome());
        CommandSchemas requests = new CommandSchemas(schemas);
        for (CommandCatalogue.Entry e : CommandCatalogue.routed()) {
            Schema<?> body = requests.request(e);
            schemas.put(e.name(), body);
            boolean bodyRequired = body.getRequired() != null && !body.getRequired().isEmpty();
            CommandCatalogue.Route route = e.route().orElseThrow();
            api.getPaths().computeIfAbsent(route.path(), p -> new PathItem()).setPost(operation(e, route, bodyRequired));
        }
    }

    /** The controller's generic command handlers: documented per command instead. */
    private static void removeGenericRoutes(OpenAPI api) {
        for (String pattern : List.of(CommandCatalogue.YEAR_COMMAND, CommandCatalogue.ITEM_COMMAND,
                CommandCatalogue.DEPARTMENTS, CommandCatalogue.YEARS)) {
            PathItem item = api.getPaths() == null ? null : api.getPaths().get(pattern);
            if (item != null) {
                item.setPost(null);
                if (item.readOperations().isEmpty()) {
                    api.getPaths().remove(pattern);
                }
            }
        }
    }

    private static Operation operation(CommandCatalogue.Entry e, CommandCatalogue.Route route, boolean bodyRequired) {
        Operation op = new Operation().operationId(e.name()).summary(e.titleZh() + " " + e.name())
                .description("可发送者: " + e.roles().stream().map(r -> r.name() + " " + r.nameZh())
                        .collect(Collectors.joining("、")) + (e.global() ? "" : "（本单位）"))
                .addTagsItem(e.type().getPackageName().substring(e.type().getPackageName().lastIndexOf('.') + 1))
                .requestBody(new RequestBody().required(bodyRequired).content(json(new Schema<>()
                        .$ref("#/components/schemas/" + e.name()))));
        for (String field : route.pathFields()) {
            op.addParametersItem(new Parameter().in("path").name(field).required(true)
                    .schema("year".equals(field) ? new IntegerSchema() : new StringSchema()));
        }
        op.addParametersItem(new Parameter().in("header").name("Idempotency-Key").required(false)
                .description("重复提交同一键只记录一次，返回首次结果").schema(new StringSchema()));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("201", new ApiResponse().description("已记录").content(json(ref("CommandOutcome"))))
                .addApiResponse("200", new ApiResponse().description("同一 Idempotency-Key 的重复提交：返回首次结果")
                        .content(json(ref("CommandOutcome"))));
        new TreeMap<>(Map.of("400", "请求内容有误或违反记账规则", "403", "无权执行此操作", "404", "单位、年度或记录不存在",
                        "409", "与已记录的事实冲突"))
                .forEach((status, text) -> responses.addApiResponse(status, new ApiResponse().description(text)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref(PROBLEM))))));
        return op.responses(responses);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }

    private static Schema<?> outcome() {
        return new ObjectSchema().addProperty("command", new StringSchema())
                .addProperty("id", new StringSchema().description("所记录事实的编号"))
                .addProperty("sequence", new IntegerSchema().format("int64").description("在该单位年度事件流中的序号"))
                .addProperty("repeated", new BooleanSchema().description("true: 重复提交，未再次记录"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("RFC 7807 problem")
                .addProperty("code", new StringSchema().description("稳定的错误代码，如 BUDGET_EXCEEDED"))
                .addProperty("title", new StringSchema().description("中文标题"))
                .addProperty("detail", new StringSchema().description("中文说明"))
                .addProperty("status", new IntegerSchema());
    }
}
