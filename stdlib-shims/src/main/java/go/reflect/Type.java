// reflect.Type: the representation of a Go type (implemented by RType over a run-time descriptor).
package go.reflect;

import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.Tuple2;

/** Go's {@code reflect.Type}; the method names and signatures are the translator's mapping of Go's. */
public interface Type extends GoStringer {
    long Align();
    long FieldAlign();
    Method Method(long i);
    Tuple2<Method, Boolean> MethodByName(String name);
    long NumMethod();
    String Name();
    String PkgPath();
    long Size();
    @Override String String();
    long Kind();
    boolean Implements(Type u);
    boolean AssignableTo(Type u);
    boolean ConvertibleTo(Type u);
    boolean Comparable();
    long Bits();
    long ChanDir();
    boolean IsVariadic();
    Type Elem();
    StructField Field(long i);
    Tuple2<StructField, Boolean> FieldByName(String name);
    Type In(long i);
    Type Key();
    long Len();
    long NumField();
    long NumIn();
    long NumOut();
    Type Out(long i);
}
