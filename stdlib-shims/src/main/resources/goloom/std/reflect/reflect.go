// The Go API of package reflect as goloom implements it (Java: go.reflect.Reflect for the
// functions and Kind's methods, go.reflect.Type, Value, StructField, Method, ValueError).
package reflect

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

func (k Kind) String() string

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
}

// A StructTag is the tag string in a struct field.
type StructTag string

func (tag StructTag) Get(key string) string
func (tag StructTag) Lookup(key string) (value string, ok bool)

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

func (m Method) IsExported() bool

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string

// Value is the reflection interface to a Go value.
type Value struct{}

func TypeOf(i any) Type
func ValueOf(i any) Value
func DeepEqual(x, y any) bool
func New(typ Type) Value
func Zero(typ Type) Value
func Indirect(v Value) Value
func PointerTo(t Type) Type
func PtrTo(t Type) Type
func SliceOf(t Type) Type
func MapOf(key, elem Type) Type
func MakeSlice(typ Type, len, cap int) Value
func MakeMap(typ Type) Value
func MakeMapWithSize(typ Type, n int) Value
func Append(s Value, x ...Value) Value
func AppendSlice(s, t Value) Value
func Copy(dst, src Value) int
func Swapper(slice any) func(i, j int)

func (v Value) Kind() Kind
func (v Value) Type() Type
func (v Value) IsValid() bool
func (v Value) IsNil() bool
func (v Value) IsZero() bool
func (v Value) Interface() any
func (v Value) CanInterface() bool
func (v Value) CanSet() bool
func (v Value) CanAddr() bool
func (v Value) CanInt() bool
func (v Value) CanUint() bool
func (v Value) CanFloat() bool
func (v Value) CanComplex() bool
func (v Value) Addr() Value
func (v Value) Bool() bool
func (v Value) Int() int64
func (v Value) Uint() uint64
func (v Value) Float() float64
func (v Value) Complex() complex128
func (v Value) String() string
func (v Value) Bytes() []byte
func (v Value) Len() int
func (v Value) Cap() int
func (v Value) Index(i int) Value
func (v Value) Elem() Value
func (v Value) NumField() int
func (v Value) Field(i int) Value
func (v Value) FieldByName(name string) Value
func (v Value) MapKeys() []Value
func (v Value) MapIndex(key Value) Value
func (v Value) SetMapIndex(key, elem Value)
func (v Value) Set(x Value)
func (v Value) SetInt(x int64)
func (v Value) SetUint(x uint64)
func (v Value) SetFloat(x float64)
func (v Value) SetBool(x bool)
func (v Value) SetString(x string)
func (v Value) SetComplex(x complex128)
func (v Value) Slice(i, j int) Value
func (v Value) NumMethod() int
func (v Value) Call(in []Value) []Value
func (v Value) Equal(u Value) bool
func (v Value) Comparable() bool
func (v Value) Method(i int) Value
func (v Value) MethodByName(name string) Value
func (v Value) Convert(t Type) Value
func (v Value) CanConvert(t Type) bool
func (v Value) MapRange() *MapIter

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct{}

func (iter *MapIter) Next() bool
func (iter *MapIter) Key() Value
func (iter *MapIter) Value() Value
func (iter *MapIter) Reset(v Value)

func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value
func ArrayOf(length int, elem Type) Type
func (v Value) Clear()
