// The Go API of package unicode as goloom implements it (Java: go.unicode.Unicode), with
// Go's Unicode 15.0.0 tables. The range tables are Go's own (go/unicode/tables.txt, generated
// with real Go by stdlib-shims/src/test/go/unicodetables, which also prints the variables below).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange represents a
// sequence of the form (say) Upper Lower Upper Lower.
const UpperLower = MaxRune + 1

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func To(_case int, r rune) rune
func SimpleFold(r rune) rune

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or more of the
// values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool

// CaseRange represents a range of Unicode code points for simple (one code point to one
// code point) case conversion (goloom: Delta is declared [MaxCase]rune; Go's type is the
// unexported d with that underlying type).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta [MaxCase]rune
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune
func (special SpecialCase) ToTitle(r rune) rune
func (special SpecialCase) ToLower(r rune) rune

var TurkishCase SpecialCase
var AzeriCase SpecialCase

// Categories, scripts, properties and the category aliases (Java: fields of go.unicode.Tables).
var (
	C *RangeTable
	Cc *RangeTable
	Cf *RangeTable
	Cn *RangeTable
	Co *RangeTable
	Cs *RangeTable
	L *RangeTable
	LC *RangeTable
	Ll *RangeTable
	Lm *RangeTable
	Lo *RangeTable
	Lt *RangeTable
	Lu *RangeTable
	M *RangeTable
	Mc *RangeTable
	Me *RangeTable
	Mn *RangeTable
	N *RangeTable
	Nd *RangeTable
	Nl *RangeTable
	No *RangeTable
	P *RangeTable
	Pc *RangeTable
	Pd *RangeTable
	Pe *RangeTable
	Pf *RangeTable
	Pi *RangeTable
	Po *RangeTable
	Ps *RangeTable
	S *RangeTable
	Sc *RangeTable
	Sk *RangeTable
	Sm *RangeTable
	So *RangeTable
	Z *RangeTable
	Zl *RangeTable
	Zp *RangeTable
	Zs *RangeTable
	Adlam *RangeTable
	Ahom *RangeTable
	Anatolian_Hieroglyphs *RangeTable
	Arabic *RangeTable
	Armenian *RangeTable
	Avestan *RangeTable
	Balinese *RangeTable
	Bamum *RangeTable
	Bassa_Vah *RangeTable
	Batak *RangeTable
	Bengali *RangeTable
	Bhaiksuki *RangeTable
	Bopomofo *RangeTable
	Brahmi *RangeTable
	Braille *RangeTable
	Buginese *RangeTable
	Buhid *RangeTable
	Canadian_Aboriginal *RangeTable
	Carian *RangeTable
	Caucasian_Albanian *RangeTable
	Chakma *RangeTable
	Cham *RangeTable
	Cherokee *RangeTable
	Chorasmian *RangeTable
	Common *RangeTable
	Coptic *RangeTable
	Cuneiform *RangeTable
	Cypriot *RangeTable
	Cypro_Minoan *RangeTable
	Cyrillic *RangeTable
	Deseret *RangeTable
	Devanagari *RangeTable
	Dives_Akuru *RangeTable
	Dogra *RangeTable
	Duployan *RangeTable
	Egyptian_Hieroglyphs *RangeTable
	Elbasan *RangeTable
	Elymaic *RangeTable
	Ethiopic *RangeTable
	Georgian *RangeTable
	Glagolitic *RangeTable
	Gothic *RangeTable
	Grantha *RangeTable
	Greek *RangeTable
	Gujarati *RangeTable
	Gunjala_Gondi *RangeTable
	Gurmukhi *RangeTable
	Han *RangeTable
	Hangul *RangeTable
	Hanifi_Rohingya *RangeTable
	Hanunoo *RangeTable
	Hatran *RangeTable
	Hebrew *RangeTable
	Hiragana *RangeTable
	Imperial_Aramaic *RangeTable
	Inherited *RangeTable
	Inscriptional_Pahlavi *RangeTable
	Inscriptional_Parthian *RangeTable
	Javanese *RangeTable
	Kaithi *RangeTable
	Kannada *RangeTable
	Katakana *RangeTable
	Kawi *RangeTable
	Kayah_Li *RangeTable
	Kharoshthi *RangeTable
	Khitan_Small_Script *RangeTable
	Khmer *RangeTable
	Khojki *RangeTable
	Khudawadi *RangeTable
	Lao *RangeTable
	Latin *RangeTable
	Lepcha *RangeTable
	Limbu *RangeTable
	Linear_A *RangeTable
	Linear_B *RangeTable
	Lisu *RangeTable
	Lycian *RangeTable
	Lydian *RangeTable
	Mahajani *RangeTable
	Makasar *RangeTable
	Malayalam *RangeTable
	Mandaic *RangeTable
	Manichaean *RangeTable
	Marchen *RangeTable
	Masaram_Gondi *RangeTable
	Medefaidrin *RangeTable
	Meetei_Mayek *RangeTable
	Mende_Kikakui *RangeTable
	Meroitic_Cursive *RangeTable
	Meroitic_Hieroglyphs *RangeTable
	Miao *RangeTable
	Modi *RangeTable
	Mongolian *RangeTable
	Mro *RangeTable
	Multani *RangeTable
	Myanmar *RangeTable
	Nabataean *RangeTable
	Nag_Mundari *RangeTable
	Nandinagari *RangeTable
	New_Tai_Lue *RangeTable
	Newa *RangeTable
	Nko *RangeTable
	Nushu *RangeTable
	Nyiakeng_Puachue_Hmong *RangeTable
	Ogham *RangeTable
	Ol_Chiki *RangeTable
	Old_Hungarian *RangeTable
	Old_Italic *RangeTable
	Old_North_Arabian *RangeTable
	Old_Permic *RangeTable
	Old_Persian *RangeTable
	Old_Sogdian *RangeTable
	Old_South_Arabian *RangeTable
	Old_Turkic *RangeTable
	Old_Uyghur *RangeTable
	Oriya *RangeTable
	Osage *RangeTable
	Osmanya *RangeTable
	Pahawh_Hmong *RangeTable
	Palmyrene *RangeTable
	Pau_Cin_Hau *RangeTable
	Phags_Pa *RangeTable
	Phoenician *RangeTable
	Psalter_Pahlavi *RangeTable
	Rejang *RangeTable
	Runic *RangeTable
	Samaritan *RangeTable
	Saurashtra *RangeTable
	Sharada *RangeTable
	Shavian *RangeTable
	Siddham *RangeTable
	SignWriting *RangeTable
	Sinhala *RangeTable
	Sogdian *RangeTable
	Sora_Sompeng *RangeTable
	Soyombo *RangeTable
	Sundanese *RangeTable
	Syloti_Nagri *RangeTable
	Syriac *RangeTable
	Tagalog *RangeTable
	Tagbanwa *RangeTable
	Tai_Le *RangeTable
	Tai_Tham *RangeTable
	Tai_Viet *RangeTable
	Takri *RangeTable
	Tamil *RangeTable
	Tangsa *RangeTable
	Tangut *RangeTable
	Telugu *RangeTable
	Thaana *RangeTable
	Thai *RangeTable
	Tibetan *RangeTable
	Tifinagh *RangeTable
	Tirhuta *RangeTable
	Toto *RangeTable
	Ugaritic *RangeTable
	Vai *RangeTable
	Vithkuqi *RangeTable
	Wancho *RangeTable
	Warang_Citi *RangeTable
	Yezidi *RangeTable
	Yi *RangeTable
	Zanabazar_Square *RangeTable
	ASCII_Hex_Digit *RangeTable
	Bidi_Control *RangeTable
	Dash *RangeTable
	Deprecated *RangeTable
	Diacritic *RangeTable
	Extender *RangeTable
	Hex_Digit *RangeTable
	Hyphen *RangeTable
	IDS_Binary_Operator *RangeTable
	IDS_Trinary_Operator *RangeTable
	Ideographic *RangeTable
	Join_Control *RangeTable
	Logical_Order_Exception *RangeTable
	Noncharacter_Code_Point *RangeTable
	Other_Alphabetic *RangeTable
	Other_Default_Ignorable_Code_Point *RangeTable
	Other_Grapheme_Extend *RangeTable
	Other_ID_Continue *RangeTable
	Other_ID_Start *RangeTable
	Other_Lowercase *RangeTable
	Other_Math *RangeTable
	Other_Uppercase *RangeTable
	Pattern_Syntax *RangeTable
	Pattern_White_Space *RangeTable
	Prepended_Concatenation_Mark *RangeTable
	Quotation_Mark *RangeTable
	Radical *RangeTable
	Regional_Indicator *RangeTable
	STerm *RangeTable
	Sentence_Terminal *RangeTable
	Soft_Dotted *RangeTable
	Terminal_Punctuation *RangeTable
	Unified_Ideograph *RangeTable
	Variation_Selector *RangeTable
	White_Space *RangeTable
	Digit *RangeTable // = Nd
	Letter *RangeTable // = L
	Lower *RangeTable // = Ll
	Mark *RangeTable // = M
	Number *RangeTable // = N
	Other *RangeTable // = C
	Punct *RangeTable // = P
	Space *RangeTable // = Z
	Symbol *RangeTable // = S
	Title *RangeTable // = Lt
	Upper *RangeTable // = Lu
)
