package budgetledger.app.config;

import budgetledger.core.audit.CanonicalPayloads;
import budgetledger.core.common.LedgerEvent;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.nio.charset.StandardCharsets;

/**
 * The event serializer: a ledger event is stored as the canonical JSON its hash covers ({@link CanonicalPayloads}),
 * produced once when the event was emitted; everything else (metadata, other payloads) and all reading go to Jackson,
 * which reads canonical JSON like any other.
 */
public final class CanonicalEventSerializer implements Serializer {
    private final Serializer jackson;

    public CanonicalEventSerializer(Serializer jackson) {
        this.jackson = jackson;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof LedgerEvent && (expectedRepresentation == byte[].class
                || expectedRepresentation == String.class)) {
            String json = CanonicalPayloads.take(object);
            Object data = expectedRepresentation == String.class ? json : json.getBytes(StandardCharsets.UTF_8);
            return new SimpleSerializedObject<>(expectedRepresentation.cast(data), expectedRepresentation,
                    typeForClass(object.getClass()));
        }
        return jackson.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return jackson.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
