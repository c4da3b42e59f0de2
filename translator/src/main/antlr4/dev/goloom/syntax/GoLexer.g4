// Go's lexical grammar, written from "The Go Programming Language Specification" (Go 1.26),
// section "Lexical elements". Automatic semicolons are inserted afterwards by SemicolonInserter,
// which watches the NEWLINE tokens this lexer leaves on the hidden channel. Escapes inside
// rune and string literals are checked (with gc's messages) by the AST builder, not here.
lexer grammar GoLexer;

channels { COMMENTS }

// Keywords.
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// "identifier = letter { letter | unicode_digit } ." with letter = unicode_letter | "_".
IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation (longest match wins, as the spec requires).
ELLIPSIS          : '...';
AND_NOT_ASSIGN    : '&^=';
SHL_ASSIGN        : '<<=';
SHR_ASSIGN        : '>>=';
AND_NOT           : '&^';
LOGICAL_AND       : '&&';
LOGICAL_OR        : '||';
RECEIVE           : '<-';
PLUS_PLUS         : '++';
MINUS_MINUS       : '--';
EQUALS            : '==';
NOT_EQUALS        : '!=';
LESS_OR_EQUALS    : '<=';
GREATER_OR_EQUALS : '>=';
DECLARE_ASSIGN    : ':=';
PLUS_ASSIGN       : '+=';
MINUS_ASSIGN      : '-=';
STAR_ASSIGN       : '*=';
DIV_ASSIGN        : '/=';
MOD_ASSIGN        : '%=';
AND_ASSIGN        : '&=';
OR_ASSIGN         : '|=';
XOR_ASSIGN        : '^=';
SHL               : '<<';
SHR               : '>>';
PLUS              : '+';
MINUS             : '-';
STAR              : '*';
DIV               : '/';
MOD               : '%';
AMP               : '&';
PIPE              : '|';
CARET             : '^';
TILDE             : '~';
LESS              : '<';
GREATER           : '>';
ASSIGN            : '=';
EXCLAMATION       : '!';
L_PAREN           : '(';
R_PAREN           : ')';
L_BRACKET         : '[';
R_BRACKET         : ']';
L_CURLY           : '{';
R_CURLY           : '}';
COMMA             : ',';
SEMI              : ';';
COLON             : ':';
DOT               : '.';

// Numbers. Order matters: an imaginary literal is the longest match, then floats, then ints.
IMAGINARY_LIT : (DECIMAL_DIGITS | INT_FORM | DECIMAL_FLOAT | HEX_FLOAT) 'i';
FLOAT_LIT     : DECIMAL_FLOAT | HEX_FLOAT;
INT_LIT       : INT_FORM;

// "rune_lit = "'" ( unicode_value | byte_value ) "'" ." Lexed loosely; the builder validates.
RUNE_LIT : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'';

// "raw_string_lit = "`" { unicode_char | newline } "`" ."
RAW_STRING_LIT : '`' ~'`'* '`';

// "interpreted_string_lit = `"` { unicode_value | byte_value } `"` ."
INTERPRETED_STRING_LIT : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';

// Comments go to their own channel: kept for doc comments and //go: directives.
GENERAL_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
LINE_COMMENT    : '//' ~[\r\n]* -> channel(COMMENTS);

// Whitespace is dropped; newlines reach the SemicolonInserter, which consumes them.
WS      : [ \t\u000C]+ -> skip;
NEWLINE : ('\r'? '\n' | '\r') -> channel(HIDDEN);

// Unterminated forms, reported with gc's wording by the parser's error listener.
UNTERMINATED_STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_RAW     : '`' ~'`'*;
UNTERMINATED_RUNE    : '\'' (~['\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
INVALID_CHAR         : .;

fragment INT_FORM
    : '0'
    | [1-9] ('_'? DECIMAL_DIGITS)?
    | '0' [bB] ('_'? BIN_DIGIT)+
    | '0' [oO]? ('_'? OCT_DIGIT)+
    | '0' [xX] ('_'? HEX_DIGIT)+
    ;
fragment DECIMAL_FLOAT
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
    | DECIMAL_DIGITS DECIMAL_EXPONENT
    | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
    ;
fragment HEX_FLOAT        : '0' [xX] HEX_MANTISSA HEX_EXPONENT;
fragment HEX_MANTISSA
    : '_'? HEX_DIGITS '.' HEX_DIGITS?
    | '_'? HEX_DIGITS
    | '.' HEX_DIGITS
    ;
fragment HEX_EXPONENT     : [pP] [+-]? DECIMAL_DIGITS;
fragment DECIMAL_EXPONENT : [eE] [+-]? DECIMAL_DIGITS;
fragment DECIMAL_DIGITS   : DECIMAL_DIGIT ('_'? DECIMAL_DIGIT)*;
fragment HEX_DIGITS       : HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment DECIMAL_DIGIT    : [0-9];
fragment BIN_DIGIT        : [01];
fragment OCT_DIGIT        : [0-7];
fragment HEX_DIGIT        : [0-9a-fA-F];
fragment LETTER           : [\p{L}_];
fragment UNICODE_DIGIT    : [\p{Nd}];
