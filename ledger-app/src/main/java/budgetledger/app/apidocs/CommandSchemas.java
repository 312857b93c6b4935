package budgetledger.app.apidocs;

import budgetledger.app.security.CommandCatalogue;
import budgetledger.core.money.Money;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The request schema of each command, read from its record: every field with its JSON type and format, required or
 * not, enum values with their Chinese meaning. Fields the path carries and fields the ledger fills are left out, as
 * the API takes them. Records inside a command ({@code StaffGroup}, …) become schemas of their own, added to
 * {@code components}.
 */
final class CommandSchemas {
    /** Yuan with at most two decimals, as {@link Money#parse} takes it (a JSON number is accepted too). */
    static final String MONEY_PATTERN = "^-?[0-9]+(\\.[0-9]{1,2})?$";

    private final Map<String, Schema> components;

    CommandSchemas(Map<String, Schema> components) {
        this.components = components;
    }

    /** The body schema of a command as the API takes it. */
    Schema<?> request(CommandCatalogue.Entry entry) {
        List<String> pathFields = entry.route().map(CommandCatalogue.Route::pathFields).orElse(List.of());
        ObjectSchema schema = new ObjectSchema();
        schema.setTitle(entry.name());
        for (RecordComponent c : entry.type().getRecordComponents()) {
            if (pathFields.contains(c.getName()) || entry.serverFilled().contains(c.getName())) {
                continue;
            }
            schema.addProperty(c.getName(), of(c.getGenericType()));
            if (!entry.optional().contains(c.getName()) && requiredByType(c.getType())) {
                schema.addRequiredItem(c.getName());
            }
        }
        entry.flags().forEach(flag -> schema.addProperty(flag, new BooleanSchema()));
        schema.addProperty("audit", audit());
        if (!entry.serverFilled().isEmpty()) {
            schema.setDescription("由账本自行填写、不在请求中提交的字段: " + String.join(", ", entry.serverFilled()));
        }
        return schema;
    }

    /** Booleans default to false and boxed numbers to none: only those may be left out without a rule saying so. */
    private static boolean requiredByType(Class<?> type) {
        return type != boolean.class && type != Boolean.class && type != Integer.class && type != Long.class;
    }

    private Schema<?> of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ArraySchema().items(of(p.getActualTypeArguments()[0]));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            // a map is keyed by text (上年比较数: figure name → amount)
            return new MapSchema().additionalProperties(of(p.getActualTypeArguments()[1]));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return new StringSchema();
        }
        if (c == Money.class) {
            return new StringSchema().format("decimal").pattern(MONEY_PATTERN).example("1280.00")
                    .description("金额（元），最多两位小数");
        }
        if (c == LocalDate.class) {
            return new DateSchema();
        }
        if (c == Instant.class) {
            return new DateTimeSchema();
        }
        if (c == int.class || c == Integer.class) {
            return new IntegerSchema();
        }
        if (c == long.class || c == Long.class) {
            return new IntegerSchema().format("int64");
        }
        if (c == boolean.class || c == Boolean.class) {
            return new BooleanSchema();
        }
        if (c.isEnum()) {
            return enumeration(c);
        }
        if (c.isRecord()) {
            return reference(c);
        }
        throw new IllegalStateException("no JSON schema for " + c.getName() + ": add it to CommandSchemas");
    }

    private Schema<?> reference(Class<?> record) {
        String name = record.getSimpleName();
        if (!components.containsKey(name)) {
            ObjectSchema schema = new ObjectSchema();
            components.put(name, schema);
            for (RecordComponent c : record.getRecordComponents()) {
                schema.addProperty(c.getName(), of(c.getGenericType()));
                if (requiredByType(c.getType())) {
                    schema.addRequiredItem(c.getName());
                }
            }
        }
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /** {@code "BASIC_PUBLIC 基本支出-公用经费 · PROJECT 项目支出"}: the values and what each means. */
    private static Schema<?> enumeration(Class<?> type) {
        StringSchema schema = new StringSchema();
        Object[] constants = type.getEnumConstants();
        Arrays.stream(constants).forEach(k -> schema.addEnumItem(((Enum<?>) k).name()));
        schema.description(Arrays.stream(constants).map(k -> ((Enum<?>) k).name() + " " + meaning(k))
                .collect(Collectors.joining(" · ")));
        if (readsItsChineseForm(type)) {
            // an enum with its own reader (指标性质) also takes the form's writing: ≥ ≤ = ＞ ＜ 定性
            Arrays.stream(constants).map(CommandSchemas::meaning).filter(m -> !m.isBlank()).forEach(schema::addEnumItem);
            schema.description(schema.getDescription() + "（也接受表格写法，及其半角形式 >= <= > <）");
        }
        return schema;
    }

    private static boolean readsItsChineseForm(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers())
                && m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class));
    }

    private static String meaning(Object constant) {
        try {
            Method nameZh = constant.getClass().getMethod("nameZh");
            return String.valueOf(nameZh.invoke(constant));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(constant.getClass().getName() + " has no nameZh(): a command's enum must say "
                    + "what each value means", e);
        }
    }

    private static Schema<?> audit() {
        return new ObjectSchema().description("审计信息（可选）: 事由与凭证；记录人始终是登录用户")
                .addProperty("reason", new StringSchema().description("事由"))
                .addProperty("document", new StringSchema().description("依据文件或凭证号"));
    }
}
