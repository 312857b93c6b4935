package budgetledger.core.expenditure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * {@code ExpenditureRecorded} and {@code ExpenditureReversed} revision 1 → 2. Before revision 2 a 公务接待费 posting
 * whose batches and persons were not given was stored as 0 and 0, which a report then printed as a fact
 * ("公务接待批次为 0次"). Revision 2 keeps them null (未记录), and the rule now requires both on every new reception
 * (ThreePublicControl.reception). So a revision-1 reception posting with 0 batches and 0 persons is read as
 * 未记录; one with counts keeps them. The stored bytes are untouched: hashes and seals cover what was written.
 */
public final class ReceptionCountsUpcaster extends SingleEventUpcaster {
    private static final Set<String> TYPES = Set.of(ExpenditureRecorded.class.getName(),
            ExpenditureReversed.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, ReceptionCountsUpcaster::upcast);
    }

    static JsonNode upcast(JsonNode event) {
        JsonNode posting = event.path("posting");
        if (posting instanceof ObjectNode p && "RECEPTION".equals(p.path("threePublic").asText())
                && p.path("receptionBatches").asInt(0) == 0 && p.path("receptionPersons").asInt(0) == 0) {
            p.putNull("receptionBatches");
            p.putNull("receptionPersons");
        }
        return event;
    }
}
