// A recursive-descent parser for the expression language (see Parser.h); the lexer is folded in as next().
// Precedence, lowest first: or, and, = !=, < <= > >=, + -, * div mod, unary minus (XPath's order).
#include "core/expr/Parser.h"

#include <cstdlib>

namespace maqa::core::expr {

namespace {

enum class Tok { End, Number, String, Ref, Dot, Ident, LParen, RParen, Comma, Op };

struct Token
{
    Tok kind = Tok::End;
    std::string text; // operator, identifier, literal content or reference name
    double number = 0;
    std::size_t position = 0;
};

struct SyntaxError
{
    std::size_t position;
    std::string message;
};

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

class Parser
{
public:
    Parser(std::string_view text, const ParseLimits &limits)
        : m_text(text)
        , m_limits(limits)
    {
        advance();
    }

    std::unique_ptr<Node> parseAll()
    {
        if (m_tok.kind == Tok::End) {
            throw SyntaxError{0, "the expression is empty"};
        }
        auto root = parseBinary(0);
        if (m_tok.kind != Tok::End) {
            throw SyntaxError{m_tok.position, "unexpected '" + m_tok.text + "' after a complete expression"};
        }
        return root;
    }

private:
    void advance() { m_tok = lex(); }

    Token lex()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            ++m_pos;
        }
        Token t;
        t.position = m_pos;
        if (m_pos >= m_text.size()) {
            t.text = "end";
            return t;
        }
        const char c = m_text[m_pos];
        if (c == '$') {
            return lexRef(t);
        }
        if (isDigit(c) || (c == '.' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1]))) {
            std::size_t end = m_pos;
            while (end < m_text.size() && isDigit(m_text[end])) {
                ++end;
            }
            if (end < m_text.size() && m_text[end] == '.') {
                ++end;
                while (end < m_text.size() && isDigit(m_text[end])) {
                    ++end;
                }
            }
            t.kind = Tok::Number;
            t.text = std::string(m_text.substr(m_pos, end - m_pos));
            t.number = std::strtod(t.text.c_str(), nullptr);
            m_pos = end;
            return t;
        }
        if (c == '\'' || c == '"') {
            const std::size_t close = m_text.find(c, m_pos + 1);
            if (close == std::string_view::npos) {
                throw SyntaxError{m_pos, "text starting here has no closing " + std::string(1, c)};
            }
            t.kind = Tok::String;
            t.text = std::string(m_text.substr(m_pos + 1, close - m_pos - 1));
            m_pos = close + 1;
            return t;
        }
        if (isNameStart(c)) {
            std::size_t end = m_pos;
            while (end < m_text.size() && (isNameChar(m_text[end]) || m_text[end] == '-')) {
                ++end;
            }
            t.kind = Tok::Ident;
            t.text = std::string(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            return t;
        }
        m_pos += 1;
        t.text = std::string(1, c);
        switch (c) {
        case '.':
            t.kind = Tok::Dot;
            return t;
        case '(':
            t.kind = Tok::LParen;
            return t;
        case ')':
            t.kind = Tok::RParen;
            return t;
        case ',':
            t.kind = Tok::Comma;
            return t;
        case '+':
        case '-':
        case '*':
            t.kind = Tok::Op;
            return t;
        case '=':
            if (m_pos < m_text.size() && m_text[m_pos] == '=') {
                throw SyntaxError{t.position, "'==' is not an operator; compare with a single '='"};
            }
            t.kind = Tok::Op;
            return t;
        case '!':
        case '<':
        case '>':
            if (m_pos < m_text.size() && m_text[m_pos] == '=') {
                t.text += '=';
                ++m_pos;
            } else if (c == '!') {
                throw SyntaxError{t.position, "'!' is not an operator; write != or not(...)"};
            }
            t.kind = Tok::Op;
            return t;
        case '&':
        case '|':
            throw SyntaxError{t.position, std::string("'") + c + "' is not an operator; write 'and' or 'or'"};
        case '/':
            throw SyntaxError{t.position, "'/' is not an operator; divide with 'div'"};
        case '%':
            throw SyntaxError{t.position, "'%' is not an operator; use 'mod'"};
        default:
            throw SyntaxError{t.position, "unexpected character '" + t.text + "'"};
        }
    }

    Token lexRef(Token &t)
    {
        if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != '{') {
            throw SyntaxError{m_pos, "'$' must start a reference like ${name}"};
        }
        const std::size_t close = m_text.find('}', m_pos + 2);
        if (close == std::string_view::npos) {
            throw SyntaxError{m_pos, "reference starting here has no closing '}'"};
        }
        const std::string_view name = m_text.substr(m_pos + 2, close - m_pos - 2);
        bool valid = !name.empty() && isNameStart(name[0]);
        int dots = 0;
        for (std::size_t i = 0; valid && i < name.size(); ++i) {
            if (name[i] == '.') {
                valid = ++dots == 1 && i + 1 < name.size() && isNameStart(name[i + 1]);
            } else {
                valid = isNameChar(name[i]);
            }
        }
        if (!valid) {
            throw SyntaxError{m_pos, "'${" + std::string(name) + "}' is not a question name"};
        }
        t.kind = Tok::Ref;
        t.text = std::string(name);
        m_pos = close + 1;
        return t;
    }

    static int precedence(const Token &t, BinaryOp &op)
    {
        struct Entry
        {
            std::string_view text;
            BinaryOp op;
            int level;
        };
        static constexpr Entry table[] = {
            {"or", BinaryOp::Or, 1},   {"and", BinaryOp::And, 2}, {"=", BinaryOp::Eq, 3},  {"!=", BinaryOp::Ne, 3},
            {"<", BinaryOp::Lt, 4},    {"<=", BinaryOp::Le, 4},   {">", BinaryOp::Gt, 4},  {">=", BinaryOp::Ge, 4},
            {"+", BinaryOp::Add, 5},   {"-", BinaryOp::Sub, 5},   {"*", BinaryOp::Mul, 6}, {"div", BinaryOp::Div, 6},
            {"mod", BinaryOp::Mod, 6},
        };
        if (t.kind != Tok::Op && t.kind != Tok::Ident) {
            return 0;
        }
        for (const Entry &e : table) {
            if (e.text == t.text) {
                op = e.op;
                return e.level;
            }
        }
        return 0;
    }

    std::unique_ptr<Node> parseBinary(int minLevel)
    {
        auto left = parseUnary();
        BinaryOp op{};
        for (int level; (level = precedence(m_tok, op)) > minLevel;) {
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Binary;
            node->op = op;
            node->position = m_tok.position;
            advance();
            Depth guard(*this, node->position);
            node->args.push_back(std::move(left));
            node->args.push_back(parseBinary(level)); // left-associative: the right side binds tighter only
            left = std::move(node);
        }
        return left;
    }

    struct Depth
    {
        Depth(Parser &p, std::size_t position)
            : parser(p)
        {
            if (++parser.m_depth > parser.m_limits.maxDepth) {
                throw SyntaxError{position, "the expression is nested more than " +
                                                std::to_string(parser.m_limits.maxDepth) + " levels deep"};
            }
        }
        ~Depth() { --parser.m_depth; }
        Parser &parser;
    };

    std::unique_ptr<Node> parseUnary()
    {
        if (m_tok.kind == Tok::Op && m_tok.text == "-") {
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Negate;
            node->position = m_tok.position;
            Depth guard(*this, node->position);
            advance();
            node->args.push_back(parseUnary());
            return node;
        }
        return parsePrimary();
    }

    std::unique_ptr<Node> parsePrimary()
    {
        auto node = std::make_unique<Node>();
        node->position = m_tok.position;
        switch (m_tok.kind) {
        case Tok::Number:
            node->kind = NodeKind::Number;
            node->number = m_tok.number;
            advance();
            return node;
        case Tok::String:
            node->kind = NodeKind::String;
            node->text = m_tok.text;
            advance();
            return node;
        case Tok::Ref:
            node->kind = NodeKind::Ref;
            node->text = m_tok.text;
            advance();
            return node;
        case Tok::Dot:
            node->kind = NodeKind::Self;
            advance();
            return node;
        case Tok::LParen: {
            Depth guard(*this, node->position);
            advance();
            auto inner = parseBinary(0);
            expect(Tok::RParen, "')'");
            return inner;
        }
        case Tok::Ident:
            return parseCall(std::move(node));
        case Tok::End:
            throw SyntaxError{m_tok.position, "the expression ends too early"};
        default:
            throw SyntaxError{m_tok.position, "unexpected '" + m_tok.text + "'"};
        }
    }

    std::unique_ptr<Node> parseCall(std::unique_ptr<Node> node)
    {
        const Token name = m_tok;
        advance();
        if (m_tok.kind != Tok::LParen) {
            throw SyntaxError{name.position, "unexpected word '" + name.text + "' (questions are written ${" +
                                                 name.text + "}, functions f(...))"};
        }
        const FunctionInfo *info = findFunction(name.text);
        if (!info) {
            throw SyntaxError{name.position, "unknown function " + name.text + "()"};
        }
        Depth guard(*this, name.position);
        node->kind = NodeKind::Call;
        node->function = info->function;
        advance();
        if (m_tok.kind != Tok::RParen) {
            node->args.push_back(parseBinary(0));
            while (m_tok.kind == Tok::Comma) {
                advance();
                node->args.push_back(parseBinary(0));
            }
        }
        expect(Tok::RParen, "')' or ','");
        const int count = static_cast<int>(node->args.size());
        if (count < info->minArgs || (info->maxArgs >= 0 && count > info->maxArgs)) {
            std::string wanted = std::to_string(info->minArgs);
            if (info->maxArgs < 0) {
                wanted = "at least " + wanted;
            } else if (info->maxArgs != info->minArgs) {
                wanted += " to " + std::to_string(info->maxArgs);
            }
            throw SyntaxError{name.position, name.text + "() takes " + wanted + " argument" +
                                                 (wanted.ends_with(" 1") || wanted == "1" ? "" : "s") + ", not " +
                                                 std::to_string(count)};
        }
        return node;
    }

    void expect(Tok kind, const char *what)
    {
        if (m_tok.kind != kind) {
            throw SyntaxError{m_tok.position, std::string("expected ") + what + " but found '" + m_tok.text + "'"};
        }
        advance();
    }

    std::string_view m_text;
    const ParseLimits &m_limits;
    std::size_t m_pos = 0;
    int m_depth = 0;
    Token m_tok;
};

} // namespace

ParseResult parseExpression(std::string_view text, const ParseLimits &limits)
{
    ParseResult result;
    if (text.size() > limits.maxLength) {
        result.error = "the expression is longer than " + std::to_string(limits.maxLength) + " characters";
        return result;
    }
    try {
        Parser parser(text, limits);
        result.root = parser.parseAll();
    } catch (const SyntaxError &e) {
        result.error = "syntax error at character " + std::to_string(e.position + 1) + ": " + e.message;
    }
    return result;
}

} // namespace maqa::core::expr
