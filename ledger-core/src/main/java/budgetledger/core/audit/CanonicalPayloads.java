package budgetledger.core.audit;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Serialize an event once: the canonical JSON an event is hashed over (when the aggregate emits it) is remembered
 * for that event object until the store asks for the bytes to write (when the unit of work commits, on the same
 * thread), so the stored payload is exactly the hashed text and is not produced a second time. Storing the hashed
 * text also lets a verification hash the stored bytes as they are, without parsing them again.
 * <p>
 * Only a cache: an event the store asks for without a remembered text is canonicalized then; texts of units of work
 * that were rolled back are dropped once a thread holds {@value #LIMIT}.
 */
public final class CanonicalPayloads {
    private static final int LIMIT = 4_096;
    private static final ThreadLocal<Map<Object, String>> REMEMBERED = ThreadLocal.withInitial(IdentityHashMap::new);

    private CanonicalPayloads() {
    }

    /** The canonical JSON of an event about to be applied, remembered for {@link #take}. */
    public static String of(Object event) {
        String json = LedgerJson.canonical(event);
        Map<Object, String> remembered = REMEMBERED.get();
        if (remembered.size() >= LIMIT) {
            remembered.clear();
        }
        remembered.put(event, json);
        return json;
    }

    /** The canonical JSON of an event being stored: the remembered text if this thread hashed it, else computed now. */
    public static String take(Object event) {
        String json = REMEMBERED.get().remove(event);
        return json != null ? json : LedgerJson.canonical(event);
    }
}
