// Go's syntax, written from "The Go Programming Language Specification" (Go 1.26).
// Shape follows gc rather than the spec's EBNF where that keeps the grammar LL and fast:
//  - types are parsed as expressions wherever an expression may stand (as go/ast does), and
//    the checker decides; `<-chan T` in an expression is a receive applied to `chan T`, which
//    the builder folds back into a channel type;
//  - simple statements are one factored rule; the AST builder enforces which forms a context
//    allows (a range clause only in a for header, a single expression where one is needed);
//  - a composite literal of a type name is not allowed at the top level of an if/for/switch
//    header ("T{}" there would swallow the block; gc's exprLev rule). Headers use their own
//    copies of the expression rules (header*), without that literal; inside parentheses,
//    brackets and braces the ordinary rules apply again. No semantic predicates are needed,
//    and no decision has to look past a block or a composite literal;
//  - after a function's parameters, a token that may start a type starts its result, as in gc:
//    GreedyPrediction decides `signature`'s `result?` by that one token, and bare types
//    (`bareType`) are only whole expressions so that nothing else may follow `func(…)` there.
parser grammar GoParser;

options { tokenVocab = GoLexer; contextSuperClass = GoRuleContext; }

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENTIFIER;

importDecl : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN);
importSpec : (DOT | IDENTIFIER)? string_;

topLevelDecl : declaration | functionDecl | methodDecl;

declaration : constDecl | typeDecl | varDecl;

constDecl : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN);
constSpec : identifierList type_? (ASSIGN expressionList)?;  // a type without values is the checker's error

varDecl : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN);
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN);
typeSpec : IDENTIFIER typeParameters? ASSIGN? type_;

typeParameters : L_BRACKET typeParameterDecl (COMMA typeParameterDecl)* COMMA? R_BRACKET;
typeParameterDecl : identifierList typeConstraint;
typeConstraint : typeElem;

functionDecl : FUNC IDENTIFIER typeParameters? signature block?;
// Type parameters on methods parse (as in gc) so that they are reported as errors, not as a confused syntax error.
methodDecl : FUNC receiver=parameters IDENTIFIER typeParameters? signature block?;

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
methodSpec : IDENTIFIER typeParameters? parameters result?;
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

// Headers are parsed with the header* rules: no composite literals of type names.
ifStmt
    : IF init=headerSimpleStmt? (SEMI cond=headerSimpleStmt?)? block (ELSE (ifStmt | block))?
    ;

switchStmt
    : SWITCH init=headerSimpleStmt? (SEMI tag=headerSimpleStmt?)? L_CURLY caseClause* R_CURLY
    ;
caseClause : (CASE argumentList | DEFAULT) COLON statementList;  // types too, for type switches

selectStmt : SELECT L_CURLY commClause* R_CURLY;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList;

forStmt : FOR forHeader? block;
// Factored so that no alternative needs look-ahead past a statement: after the first simple
// statement, a semicolon means a 3-clause header.
forHeader
    : RANGE headerExpression
    | init=headerSimpleStmt? (SEMI cond=headerExpression? SEMI post=headerSimpleStmt?)?
    ;

// The header copies of simpleStmt, expression, primaryExpr and operand.
headerSimpleStmt : headerExpressionList headerSimpleStmtTail?;
headerSimpleStmtTail
    : op=(PLUS_PLUS | MINUS_MINUS)
    | RECEIVE headerExpression
    | op=(ASSIGN | DECLARE_ASSIGN) RANGE headerExpression
    | op=(ASSIGN | DECLARE_ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
        | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN) headerExpressionList
    ;
headerExpressionList : headerExpression (COMMA headerExpression)*;
headerExpression
    : headerPrimaryExpr
    | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMP | RECEIVE | TILDE) headerExpression
    | headerExpression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) headerExpression
    | headerExpression op=(PLUS | MINUS | PIPE | CARET) headerExpression
    | headerExpression op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) headerExpression
    | headerExpression op=LOGICAL_AND headerExpression
    | headerExpression op=LOGICAL_OR headerExpression
    ;
headerPrimaryExpr
    : headerOperand
    | headerPrimaryExpr DOT IDENTIFIER
    | headerPrimaryExpr DOT L_PAREN (type_ | TYPE) R_PAREN
    | headerPrimaryExpr indexOrSlice
    | headerPrimaryExpr arguments
    ;
headerOperand
    : literal
    | IDENTIFIER
    | L_PAREN argument R_PAREN
    | typeLitOperand (literalValue | arguments)
    | (structType | interfaceType) DOT IDENTIFIER
    | FUNC parameters (block | result (block | arguments))
    ;

// ---- Expressions -------------------------------------------------------------------------

expressionList : argument (COMMA argument)*;
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
    | primaryExpr indexOrSlice
    | primaryExpr arguments
    ;

// Outside headers no expression is followed by "{", so every "{" after an operand starts a
// composite literal or a function body, decided by one token of look-ahead.
operand
    : literal
    | compositeTypeName literalValue  // T{...}, pkg.T{...}, T[A]{...}
    | IDENTIFIER
    | L_PAREN argument R_PAREN        // (x), or a parenthesized type: ([]int)(x)
    | typeLitOperand (literalValue | arguments) // a composite literal or a conversion
    | (structType | interfaceType) DOT IDENTIFIER // a method expression: struct{ A }.m
    | FUNC parameters (block | result (block | arguments)) // a function literal ("func() {"
                        // always is one, as in gc), or a conversion: func() int(f); a conversion
                        // needs a result, as in gc, where func()(f) is a result list
    ;

// A whole expression: a list item, call argument, index, case or parenthesized item. Only
// here may a type literal stand alone; it is never an operand of a binary operator, so that
// nothing the grammar lets follow a bare `func(…)` may start its result (gc reads
// `[]func() *T{…}` and `(func() (int))` with the result; see GreedyPrediction). Where a bare
// type and a conversion read the same tokens (`[]func() (int),`), ANTLR takes the first
// alternative: the bare type, as gc does.
argument : bareType | expression;
bareType
    : typeLitOperand        // make([]int, n), case []int:, or (invalid, for the checker) x = []int
    | FUNC signature        // a function type
    | op=(STAR | RECEIVE) bareType  // (*[]int)(p), make(<-chan int)
    ;
argumentList : argument (COMMA argument)*;
compositeTypeName : IDENTIFIER (DOT IDENTIFIER)? typeArgs?;

literal : INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | string_;
string_ : RAW_STRING_LIT | INTERPRETED_STRING_LIT;

// Type literals as operands: conversions, make/new arguments, type arguments, composite
// literals (a literal's type may be one of these anywhere: they cannot swallow a block).
typeLitOperand
    : L_BRACKET ELLIPSIS R_BRACKET type_
    | arrayType | sliceType | mapType | structType | interfaceType | channelType
    ;

literalValue : L_CURLY (elementList COMMA?)? R_CURLY;
elementList : keyedElement (COMMA keyedElement)*;
// "KeyedElement = [ Key ":" ] Element ." factored: the colon comes after the first element.
keyedElement : element (COLON element)?;
element : expression | literalValue;

// x[i], f[A, B] and x[lo:hi:max], told apart by the token after the first expression.
indexOrSlice
    : L_BRACKET
      lo=argument?
      ( COLON hi=expression? (COLON max=expression?)?
      | (COMMA argument)* COMMA?
      )
      R_BRACKET
    ;
arguments : L_PAREN (argumentList ELLIPSIS? COMMA?)? R_PAREN;
