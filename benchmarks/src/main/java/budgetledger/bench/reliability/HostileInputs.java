package budgetledger.bench.reliability;

import budgetledger.app.security.CommandCatalogue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated hostile requests against every write endpoint: each routed command of the {@link CommandCatalogue} (so a
 * new command is covered without touching the suite), the accounts, tokens, seals and reconcile endpoints. For each,
 * a plausible body is built from the command's record components, then every field in turn is replaced by each of
 * the {@link #VALUES} (wrong types, overflowing and exponent amounts, full-width digits, control characters, lone
 * surrogates, markup, injection strings, 20,000 characters), and the body itself by malformed documents (truncated,
 * trailing garbage, an array, deep nesting, invalid UTF-8, over the size limit, the wrong content type). Paths carry
 * hostile department ids and years too. Ideas from ledger-app's hostile-inputs.tsv, generated in variations.
 */
final class HostileInputs {
    record Input(String name, String method, String path, String contentType, byte[] body) {
    }

    /** JSON values a field is replaced by. */
    static final List<String> VALUES = List.of("null", "12345678901234567890123", "-1", "1e309", "0.1", "\"\"", "\"１２８０.００\"",
            "\"-0.01\"", "\"1.001\"", "\"1e2\"", "\"NaN\"", "\"999999999999999999999999.00\"", "\"<script>alert(1)</script>\"",
            "\"a\\u0000b\"", "\"x\\u0007\\u001b[31m\"", "\"\\ud800\"", "\"" + "长".repeat(20_000) + "\"", "[]", "{}",
            "[\"a\",{\"b\":[]}]", "true", "\"2024-02-30\"", "\"9999-99-99\"", "\"../../etc/passwd\"", "\"${jndi:ldap://x/a}\"",
            "\"' OR 1=1; DROP TABLE domainevententry; --\"", "\"a/b\"", "\"\\u202eRTL\"", "-9223372036854775809");

    private HostileInputs() {
    }

    /** Field × value variations (a seeded sample of {@code fieldSample} per route when smaller), body and path variations. */
    static List<Input> generate(String department, int year, int fieldSample, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Input> all = new ArrayList<>();
        for (CommandCatalogue.Entry e : CommandCatalogue.routed()) {
            CommandCatalogue.Route route = e.route().orElseThrow();
            String path = route.path().replace("{departmentId}", department).replace("{year}", String.valueOf(year));
            if (route.idField() != null) {
                path = path.replace("{" + route.idField() + "}", route.idField().equals("expenditureId") ? "E0" : "X1");
            }
            Map<String, String> base = base(e, route);
            List<Input> fieldVariations = new ArrayList<>();
            for (String field : base.keySet()) {
                for (String value : VALUES) {
                    Map<String, String> body = new LinkedHashMap<>(base);
                    body.put(field, value);
                    fieldVariations.add(json(e.name() + " " + field + "=" + shorten(value), path, body));
                }
            }
            all.addAll(sample(fieldVariations, fieldSample, random));
            all.addAll(malformed(e.name(), path, base));
        }
        // hostile paths: a department id and a year no route can take
        for (String d : List.of("%2e%2e", "a%00b", "%3Cscript%3E", "x".repeat(300), "%E2%80%AE", "rel-hostile%2Fx")) {
            all.add(json("path department " + shorten(d), "/api/v1/departments/" + d + "/years/" + year + "/expenditures",
                    expenditure()));
        }
        for (String y : List.of("abc", "-1", "99999999999", "2024.5", "%20", "0x7e8")) {
            all.add(json("path year " + y, "/api/v1/departments/" + department + "/years/" + y + "/expenditures", expenditure()));
        }
        all.addAll(accounts(department, year, fieldSample, random));
        for (String id : List.of("%2e%2e", "x".repeat(500), "%00", "'%20OR%201=1")) {
            all.add(new Input("DELETE token " + shorten(id), "DELETE", "/api/v1/tokens/" + id, null, new byte[0]));
        }
        return all;
    }

    /** The accounts, tokens, seals and reconcile endpoints: field × value variations (sampled) and malformed bodies. */
    private static List<Input> accounts(String department, int year, int fieldSample, SplittableRandom random) {
        List<Input> out = new ArrayList<>();
        String yearPath = "/api/v1/departments/" + department + "/years/" + year;
        Map<String, String> user = new LinkedHashMap<>();
        user.put("username", "\"rel-victim\"");
        user.put("displayName", "\"受害者\"");
        user.put("password", "\"victim-password-1\"");
        user.put("roles", "[\"RECORDER\"]");
        user.put("departments", "[\"" + department + "\"]");
        user.put("enabled", "true");
        Map<String, String> token = new LinkedHashMap<>(Map.of("name", "\"t\"", "validityDays", "1"));
        Map<String, String> seal = new LinkedHashMap<>(Map.of("departmentId", "\"" + department + "\"", "year", String.valueOf(year)));
        Map<String, String> claims = new LinkedHashMap<>(Map.of("figures", "{\"expenditure.total\":\"1.00\"}"));
        for (var target : List.of(
                new Object[]{"POST", "/api/v1/users", withoutKey(user, "x")},
                new Object[]{"PUT", "/api/v1/users/rel-victim", withoutKey(user, "username")},
                new Object[]{"POST", "/api/v1/tokens", token},
                new Object[]{"POST", "/api/v1/audit/seals", seal},
                new Object[]{"POST", yearPath + "/reconcile", claims})) {
            @SuppressWarnings("unchecked") Map<String, String> b = (Map<String, String>) target[2];
            List<Input> variations = new ArrayList<>();
            for (String field : b.keySet()) {
                for (String value : VALUES) {
                    Map<String, String> body = new LinkedHashMap<>(b);
                    body.put(field, value);
                    variations.add(new Input(target[0] + " " + target[1] + " " + field + "=" + shorten(value), (String) target[0],
                            (String) target[1], "application/json", render(body)));
                }
            }
            out.addAll(sample(variations, fieldSample, random));
            out.addAll(malformed((String) target[1], (String) target[1], b).stream()
                    .map(i -> new Input(i.name(), (String) target[0], i.path(), i.contentType(), i.body())).toList());
        }
        return out;
    }

    /** A plausible body for the command: the fields that refer to the fixture name what exists, the rest a value of its type. */
    private static Map<String, String> base(CommandCatalogue.Entry e, CommandCatalogue.Route route) {
        Map<String, String> body = new LinkedHashMap<>();
        for (RecordComponent c : e.type().getRecordComponents()) {
            String n = c.getName();
            if (route.pathFields().contains(n)) {
                continue;
            }
            Class<?> t = c.getType();
            String v;
            if (n.equals("lineId") || n.equals("fromLineId")) {
                v = "\"L\"";
            } else if (n.equals("toLineId")) {
                v = "\"U-OFFICE\"";
            } else if (n.equals("economicCode")) {
                v = "\"30201\"";
            } else if (n.equals("functionalCode")) {
                v = "\"2013201\"";
            } else if (n.endsWith("Date")) {
                v = "\"2024-03-02\"";
            } else if (t.getSimpleName().equals("Money")) {
                v = "\"1.00\"";
            } else if (t == String.class) {
                v = n.endsWith("Id") || n.endsWith("Code") ? "\"G" + Math.abs(n.hashCode() % 1000) + "\"" : "\"测试\"";
            } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
                v = n.equals("year") ? "2024" : "1";
            } else if (t == boolean.class || t == Boolean.class) {
                v = "false";
            } else if (t.isEnum()) {
                v = "\"" + t.getEnumConstants()[0] + "\"";
            } else if (java.util.Collection.class.isAssignableFrom(t)) {
                v = "[]";
            } else {
                v = "{}";
            }
            body.put(n, v);
        }
        body.put("audit", "{\"reason\":\"恶意输入\"}");
        return body;
    }

    /** The body itself malformed. */
    private static List<Input> malformed(String name, String path, Map<String, String> base) {
        String good = new String(render(base), StandardCharsets.UTF_8);
        List<Input> out = new ArrayList<>();
        out.add(raw(name + " empty body", path, "application/json", new byte[0]));
        out.add(raw(name + " truncated", path, "application/json", good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " trailing garbage", path, "application/json", (good + " {\"x\":1}").getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " an array", path, "application/json", ("[" + good + "]").getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " a string", path, "application/json", "\"hello\"".getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " nested 5000 deep", path, "application/json",
                ("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " invalid UTF-8", path, "application/json", concat(good.substring(0, good.length() - 1)
                .getBytes(StandardCharsets.UTF_8), new byte[]{',', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        out.add(raw(name + " over the size limit", path, "application/json",
                ("{\"summary\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " as text/plain", path, "text/plain", good.getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " as XML", path, "application/xml", "<x><amount>1.00</amount></x>".getBytes(StandardCharsets.UTF_8)));
        out.add(raw(name + " duplicate keys", path, "application/json",
                good.replaceFirst("\\{", "{\"audit\":{\"reason\":\"一\"},").getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static Map<String, String> withoutKey(Map<String, String> m, String key) {
        Map<String, String> copy = new LinkedHashMap<>(m);
        copy.remove(key);
        return copy;
    }

    private static Map<String, String> expenditure() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("expenditureId", "\"P1\"");
        b.put("lineId", "\"L\"");
        b.put("amount", "\"1.00\"");
        b.put("businessDate", "\"2024-03-02\"");
        b.put("economicCode", "\"30201\"");
        return b;
    }

    private static Input json(String name, String path, Map<String, String> body) {
        return new Input(name, "POST", path, "application/json", render(body));
    }

    private static Input raw(String name, String path, String contentType, byte[] body) {
        return new Input(name, "POST", path, contentType, body);
    }

    static byte[] render(Map<String, String> body) {
        StringBuilder sb = new StringBuilder("{");
        body.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Input> sample(List<Input> from, int n, SplittableRandom random) {
        List<Input> copy = new ArrayList<>(from);
        for (int i = copy.size() - 1; i > 0; i--) { // seeded shuffle: the same sample every run
            java.util.Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }
}
