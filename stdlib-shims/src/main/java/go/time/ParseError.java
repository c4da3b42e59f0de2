// *time.ParseError: why Parse rejected a value, with Go's message.
package go.time;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/** Go's {@code time.ParseError} (a struct with exported fields; {@code *ParseError} is the error). */
public final class ParseError implements GoStruct<ParseError>, GoError {
    /** The descriptor of time.ParseError. */
    public static final GoType.Named TYPE = new GoType.Named("time", "time", "ParseError").define(new GoType.Struct(List.of(
            new GoType.Field("Layout", GoType.STRING, false, ""), new GoType.Field("Value", GoType.STRING, false, ""),
            new GoType.Field("LayoutElem", GoType.STRING, false, ""), new GoType.Field("ValueElem", GoType.STRING, false, ""),
            new GoType.Field("Message", GoType.STRING, false, ""))));

    public String Layout = "";
    public String Value = "";
    public String LayoutElem = "";
    public String ValueElem = "";
    public String Message = "";

    /** The zero value. */
    public ParseError() {}

    public ParseError(String Layout, String Value, String LayoutElem, String ValueElem, String Message) {
        this.Layout = Layout;
        this.Value = Value;
        this.LayoutElem = LayoutElem;
        this.ValueElem = ValueElem;
        this.Message = Message;
    }

    @Override public String Error() {
        if (Message.isEmpty()) {
            return "parsing time " + Quote.quote(Value) + " as " + Quote.quote(Layout) + ": cannot parse "
                    + Quote.quote(ValueElem) + " as " + Quote.quote(LayoutElem);
        }
        return "parsing time " + Quote.quote(Value) + Message;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> Layout;
            case 1 -> Value;
            case 2 -> LayoutElem;
            case 3 -> ValueElem;
            case 4 -> Message;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public ParseError copy() {
        return new ParseError(Layout, Value, LayoutElem, ValueElem, Message);
    }

    @Override public void set(ParseError v) {
        Layout = v.Layout;
        Value = v.Value;
        LayoutElem = v.LayoutElem;
        ValueElem = v.ValueElem;
        Message = v.Message;
    }
}
