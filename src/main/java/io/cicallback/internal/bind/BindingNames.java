package io.cicallback.internal.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * The documented form's tokens as jackson-jr binds them: a wire name that is no Java identifier
 * ({@code channel_id}, {@code X-SheetPics}) is handed over without its separators, which jackson-jr's
 * case-insensitive matching then pairs with the POJO's property ({@code channelId}, {@code xSheetPics}, as
 * jsonschema2pojo names them). Other names pass unchanged, without a copy. jackson-jr reads names through
 * {@link #nextFieldName()} and {@link #getText()}; the rest of the parser is the wrapped one.
 */
final class BindingNames extends JsonParserDelegate {

    BindingNames(JsonParser tokens) {
        super(tokens);
    }

    @Override
    public String nextFieldName() throws IOException {
        var name = delegate.nextFieldName();
        return name == null ? null : binding(name);
    }

    @Override
    public String currentName() throws IOException {
        var name = delegate.currentName();
        return name == null ? null : binding(name);
    }

    @Override
    @Deprecated
    public String getCurrentName() throws IOException {
        return currentName();
    }

    @Override
    public String getText() throws IOException {
        var text = delegate.getText();
        return delegate.currentToken() == JsonToken.FIELD_NAME && text != null ? binding(text) : text;
    }

    static String binding(String name) {
        if (name.indexOf('_') < 0 && name.indexOf('-') < 0) {
            return name;
        }
        return name.replace("_", "").replace("-", "");
    }
}
