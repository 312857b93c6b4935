package budgetledger.core.department;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.CanonicalPayloads;
import budgetledger.core.audit.HashChain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The department registry's hash chain (登记链): every {@link DepartmentRegistered}, in the order the store received
 * them, links to the registration before it, as the events of a department-year stream do. Each department is a
 * stream of its own (one event), so the previous registration's hash cannot come from this aggregate's state: the
 * application supplies it in the command's metadata ({@link AuditKeys#PREV_HASH}), read while it holds the registry's
 * lock, and the hash is computed here over the event as it will be stored. Without a supplied link (a test fixture)
 * the registration carries none, like those recorded before registrations were chained.
 */
final class RegistryLink {
    private RegistryLink() {
    }

    static Map<String, String> of(DepartmentRegistered event, Map<String, ?> commandMeta) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : AuditKeys.FROM_COMMAND) {
            Object v = commandMeta.get(key);
            if (v != null) {
                meta.put(key, v.toString());
            }
        }
        Object prev = commandMeta.get(AuditKeys.PREV_HASH);
        if (prev != null) {
            meta.put(AuditKeys.HASH_ALG, HashChain.SHA_256);
            meta.put(AuditKeys.PREV_HASH, prev.toString());
            meta.put(AuditKeys.HASH, HashChain.link(HashChain.SHA_256, prev.toString(), event.getClass().getName(),
                    CanonicalPayloads.of(event), meta));
        }
        return meta;
    }
}
