#include "SyntaxTree.h"

#include <cstring>
#include <vector>

extern "C" {
const TSLanguage* tree_sitter_typescript();
const TSLanguage* tree_sitter_tsx();
const TSLanguage* tree_sitter_go();
}

namespace opsdash {

namespace {

const TSLanguage* grammarFor(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::TypeScript:
        return tree_sitter_typescript();
    case SourceLanguage::Tsx:
        return tree_sitter_tsx();
    case SourceLanguage::Go:
        return tree_sitter_go();
    }
    return nullptr;
}

struct ParserDeleter
{
    void operator()(TSParser* parser) const { ts_parser_delete(parser); }
};

constexpr uint64_t kParseTimeoutMicros = 2'000'000;

} // namespace

SyntaxTree::SyntaxTree(QByteArray source, SourceLanguage language, TSTree* tree)
    : m_source{std::move(source)}
    , m_language{language}
    , m_tree{tree}
{ }

SyntaxTree::~SyntaxTree() = default;

Result<SyntaxTree> SyntaxTree::parse(QByteArray source, SourceLanguage language)
{
    std::unique_ptr<TSParser, ParserDeleter> parser{ts_parser_new()};
    const TSLanguage* grammar = grammarFor(language);
    if (grammar == nullptr || !ts_parser_set_language(parser.get(), grammar)) {
        return Error{tr("the tree-sitter grammar (ABI %1) does not fit the tree-sitter library "
                        "(ABI %2..%3)")
                         .arg(grammar ? ts_language_version(grammar) : 0)
                         .arg(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION)
                         .arg(TREE_SITTER_LANGUAGE_VERSION)};
    }
    // Some inputs drive tree-sitter's error recovery into minutes (fuzzing found a
    // 907-byte one); a real source file parses in milliseconds. Give up with a reason
    // rather than hang verify, the drift panel or an evidence run.
    ts_parser_set_timeout_micros(parser.get(), kParseTimeoutMicros);
    TSTree* tree = ts_parser_parse_string(
        parser.get(), nullptr, source.constData(), static_cast<uint32_t>(source.size()));
    if (tree == nullptr) {
        return Error{tr("tree-sitter gave up parsing the file after %1 s (too complex to parse)")
                         .arg(kParseTimeoutMicros / 1'000'000)};
    }
    return SyntaxTree{std::move(source), language, tree};
}

SourceLanguage SyntaxTree::languageForPath(const QString& path)
{
    if (path.endsWith(QLatin1String{".go"}))
        return SourceLanguage::Go;
    // Plain JavaScript holds JSX as often as not (Pages Router _app.js, login pages); the
    // TSX grammar reads both, and JavaScript has no `<T>expr` casts for it to misread.
    for (const char* suffix : {".tsx", ".jsx", ".js", ".mjs", ".cjs"}) {
        if (path.endsWith(QLatin1String{suffix}))
            return SourceLanguage::Tsx;
    }
    return SourceLanguage::TypeScript;
}

TSNode SyntaxTree::root() const
{
    return ts_tree_root_node(m_tree.get());
}

QString SyntaxTree::text(TSNode node) const
{
    if (ts_node_is_null(node))
        return {};
    const uint32_t start = ts_node_start_byte(node);
    const uint32_t end = ts_node_end_byte(node);
    return QString::fromUtf8(m_source.constData() + start, static_cast<qsizetype>(end - start));
}

QString SyntaxTree::excerpt(TSNode node, int maxLength) const
{
    QString result = text(node).simplified();
    if (result.size() > maxLength)
        result = result.left(maxLength - 1) + QChar{0x2026};
    return result;
}

bool SyntaxTree::is(TSNode node, const char* type)
{
    return !ts_node_is_null(node) && std::strcmp(ts_node_type(node), type) == 0;
}

bool SyntaxTree::isComment(TSNode node)
{
    return is(node, "comment");
}

TSNode SyntaxTree::field(TSNode node, const char* name)
{
    return ts_node_child_by_field_name(node, name, static_cast<uint32_t>(std::strlen(name)));
}

QList<TSNode> SyntaxTree::namedChildren(TSNode node)
{
    QList<TSNode> result;
    if (ts_node_is_null(node))
        return result;
    const uint32_t count = ts_node_named_child_count(node);
    result.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_named_child(node, i);
        if (!isComment(child))
            result.append(child);
    }
    return result;
}

QList<TSNode> SyntaxTree::children(TSNode node)
{
    QList<TSNode> result;
    if (ts_node_is_null(node))
        return result;
    const uint32_t count = ts_node_child_count(node);
    result.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_child(node, i);
        if (!isComment(child))
            result.append(child);
    }
    return result;
}

TSNode SyntaxTree::firstNamedChild(TSNode node)
{
    if (ts_node_is_null(node))
        return TSNode{};
    const uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_named_child(node, i);
        if (!isComment(child))
            return child;
    }
    return TSNode{};
}

std::optional<int> SyntaxTree::errorInStatement(TSNode node)
{
    if (ts_node_is_null(node))
        return std::nullopt;
    TSNode scope = node;
    for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
         parent = ts_node_parent(parent)) {
        scope = parent;
        const QLatin1String kind{type(parent)};
        if (kind.endsWith(QLatin1String{"statement"}) || kind.endsWith(QLatin1String{"declaration"})
            || kind == QLatin1String{"jsx_opening_element"}
            || kind == QLatin1String{"jsx_self_closing_element"})
            break;
    }
    if (!hasError(scope) && !hasError(node))
        return std::nullopt;
    // Point at the first ERROR or MISSING node below the scope.
    std::optional<int> line;
    std::vector<TSNode> pending{scope};
    while (!pending.empty() && !line) {
        const TSNode current = pending.back();
        pending.pop_back();
        if (ts_node_is_missing(current) || is(current, "ERROR")) {
            line = SyntaxTree::line(current);
            break;
        }
        for (uint32_t i = ts_node_child_count(current); i > 0; --i)
            pending.push_back(ts_node_child(current, i - 1));
    }
    return line.value_or(SyntaxTree::line(scope));
}

void SyntaxTree::visit(TSNode node, const std::function<bool(TSNode)>& visitor)
{
    // An explicit stack: a generated or hostile file can nest far deeper than the C++
    // stack allows.
    std::vector<TSNode> pending{node};
    while (!pending.empty()) {
        const TSNode current = pending.back();
        pending.pop_back();
        if (ts_node_is_null(current) || isComment(current) || !visitor(current))
            continue;
        for (uint32_t i = ts_node_named_child_count(current); i > 0; --i)
            pending.push_back(ts_node_named_child(current, i - 1));
    }
}

} // namespace opsdash
