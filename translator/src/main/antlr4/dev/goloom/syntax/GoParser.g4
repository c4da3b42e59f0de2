// Go's syntax, written from "The Go Programming Language Specification" (Go 1.26).
// Shape follows gc rather than the spec's EBNF where that keeps the grammar LL and fast:
//  - types are parsed as expressions wherever an expression may stand (as go/ast does), and
//    the checker decides; `<-chan T` in an expression is a receive applied to `chan T`, which
//    the builder folds back into a channel type;
//  - simple statements are one factored rule; the AST builder enforces which forms a context
//    allows (a range clause only in a for header, a single expression where one is needed);
//  - a composite literal of a bare type name is not allowed in an if/for/switch header
//    ("T{}" there would swallow the block), tracked by `exprLevel` as gc does.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

@members {
    /** Like gc's exprLev: negative inside an if/for/switch header, >= 0 inside parentheses. */
    private int exprLevel = 0;
    private final java.util.ArrayDeque<Integer> savedLevels = new java.util.ArrayDeque<>();
    private void enterHeader() { savedLevels.push(exprLevel); exprLevel = -1; }
    private void enterNested() { savedLevels.push(exprLevel); exprLevel = 0; }
    private void restoreLevel() { exprLevel = savedLevels.pop(); }
    private boolean compositeLitAllowed() { return exprLevel >= 0; }
}

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENTIFIER;

importDecl : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN);
importSpec : (DOT | IDENTIFIER)? string_;

topLevelDecl : declaration | functionDecl | methodDecl;

declaration : constDecl | typeDecl | varDecl;

constDecl : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN);
constSpec : identifierList (type_? ASSIGN expressionList)?;

varDecl : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN);
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN);
typeSpec : IDENTIFIER typeParameters? ASSIGN? type_;

typeParameters : L_BRACKET typeParameterDecl (COMMA typeParameterDecl)* COMMA? R_BRACKET;
typeParameterDecl : identifierList typeConstraint;
typeConstraint : typeElem;

functionDecl : FUNC IDENTIFIER typeParameters? signature block?;
methodDecl : FUNC receiver=parameters IDENTIFIER signature block?;

signature : parameters result?;
result : parameters | type_;
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN;
// "ParameterDecl = [ IdentifierList ] [ "..." ] Type ." gc groups `a, b int` afterwards.
parameterDecl : IDENTIFIER? ELLIPSIS? type_;

// ---- Types -------------------------------------------------------------------------------

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;
typeName : IDENTIFIER (DOT IDENTIFIER)?;
typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET;

typeLit
    : arrayType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | sliceType
    | mapType
    | channelType
    ;

arrayType : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_;
sliceType : L_BRACKET R_BRACKET type_;
pointerType : STAR type_;
mapType : MAP L_BRACKET type_ R_BRACKET type_;
channelType : (CHAN | CHAN RECEIVE | RECEIVE CHAN) type_;
functionType : FUNC signature;

structType : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY;
fieldDecl : (identifierList type_ | embeddedField) tag=string_?;
embeddedField : STAR? typeName typeArgs?;

interfaceType : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY;
interfaceElem : methodSpec | typeElem;
methodSpec : IDENTIFIER parameters result?;
typeElem : typeTerm (PIPE typeTerm)*;
typeTerm : TILDE? type_;

// ---- Statements --------------------------------------------------------------------------

block : L_CURLY statementList R_CURLY;

// "StatementList = { Statement ";" } ." with the last semicolon optional before "}".
statementList : statement? (SEMI statement?)*;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt : IDENTIFIER COLON statement?;

// Expression, send, inc/dec, assignment, short variable declaration, and (in a for header
// only) a range clause with an assignment or definition.
simpleStmt : expressionList simpleStmtTail?;
simpleStmtTail
    : op=(PLUS_PLUS | MINUS_MINUS)
    | RECEIVE expression
    | op=(ASSIGN | DECLARE_ASSIGN) RANGE expression
    | op=(ASSIGN | DECLARE_ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
        | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN) expressionList
    ;

goStmt : GO expression;
deferStmt : DEFER expression;
returnStmt : RETURN expressionList?;
breakStmt : BREAK IDENTIFIER?;
continueStmt : CONTINUE IDENTIFIER?;
gotoStmt : GOTO IDENTIFIER;
fallthroughStmt : FALLTHROUGH;

// The header is parsed with composite literals of bare type names disabled.
ifStmt
    : IF {enterHeader();} init=simpleStmt? (SEMI cond=simpleStmt?)? {restoreLevel();} block
      (ELSE (ifStmt | block))?
    ;

switchStmt
    : SWITCH {enterHeader();} init=simpleStmt? (SEMI tag=simpleStmt?)? {restoreLevel();}
      L_CURLY caseClause* R_CURLY
    ;
caseClause : (CASE expressionList | DEFAULT) COLON statementList;

selectStmt : SELECT L_CURLY commClause* R_CURLY;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList;

forStmt
    : FOR {enterHeader();} forHeader? {restoreLevel();} block
    ;
forHeader
    : RANGE expression
    | init=simpleStmt? SEMI cond=expression? SEMI post=simpleStmt?
    | simpleStmt
    ;

// ---- Expressions -------------------------------------------------------------------------

expressionList : expression (COMMA expression)*;
identifierList : IDENTIFIER (COMMA IDENTIFIER)*;

// Alternatives listed from the tightest binding to the loosest ("Operator precedence").
expression
    : primaryExpr
    | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMP | RECEIVE | TILDE) expression
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression
    | expression op=(PLUS | MINUS | PIPE | CARET) expression
    | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression
    | expression op=LOGICAL_AND expression
    | expression op=LOGICAL_OR expression
    ;

primaryExpr
    : operand
    | primaryExpr DOT IDENTIFIER
    | primaryExpr DOT L_PAREN (type_ | TYPE) R_PAREN
    | primaryExpr index
    | primaryExpr slice_
    | primaryExpr arguments
    | primaryExpr {compositeLitAllowed()}? literalValue
    ;

operand
    : literal
    | IDENTIFIER
    | L_PAREN {enterNested();} expression {restoreLevel();} R_PAREN
    | compositeTypeLit literalValue
    | functionLit           // before literalTypeOperand: "func() {" is always a literal, as in gc
    | literalTypeOperand
    ;

literal : INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | string_;
string_ : RAW_STRING_LIT | INTERPRETED_STRING_LIT;

// Type literals that may start a composite literal anywhere (they cannot swallow a block).
compositeTypeLit
    : L_BRACKET ELLIPSIS R_BRACKET type_
    | arrayType
    | sliceType
    | mapType
    | structType
    ;
// Types used as operands: conversions, make/new arguments, type arguments.
literalTypeOperand
    : arrayType | sliceType | mapType | structType | interfaceType | channelType
    | FUNC signature
    ;
functionLit : FUNC signature block;

literalValue : L_CURLY {enterNested();} (elementList COMMA?)? {restoreLevel();} R_CURLY;
elementList : keyedElement (COMMA keyedElement)*;
keyedElement : (key=element COLON)? value=element;
element : expression | literalValue;

index : L_BRACKET {enterNested();} expression (COMMA expression)* COMMA? {restoreLevel();} R_BRACKET;
slice_
    : L_BRACKET {enterNested();}
      lo=expression? COLON hi=expression? (COLON max=expression)?
      {restoreLevel();} R_BRACKET
    ;
arguments
    : L_PAREN {enterNested();}
      (expressionList ELLIPSIS? COMMA?)?
      {restoreLevel();} R_PAREN
    ;
