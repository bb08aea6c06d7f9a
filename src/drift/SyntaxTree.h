#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <tree_sitter/api.h>

namespace opsdash {

enum class SourceLanguage { TypeScript, Tsx, Go };

// A tree-sitter parse of one source text. Owns the tree and the bytes the nodes point
// into; nodes stay valid as long as the SyntaxTree lives. Comments are named nodes in
// tree-sitter, so every child accessor here skips them: a value in a comment never
// counts.
class SyntaxTree final
{
    Q_DECLARE_TR_FUNCTIONS(SyntaxTree)

public:
    // Fails only when the grammar cannot be loaded (ABI mismatch) or parsing is
    // cancelled; syntax errors are kept in the tree as ERROR nodes (see hasError()).
    static Result<SyntaxTree> parse(QByteArray source, SourceLanguage language);
    static SourceLanguage languageForPath(
        const QString& path); // .tsx/.jsx/.js/.mjs/.cjs → Tsx, .go → Go, else TypeScript

    SyntaxTree(SyntaxTree&&) noexcept = default;
    SyntaxTree& operator=(SyntaxTree&&) noexcept = default;
    ~SyntaxTree();

    TSNode root() const;
    SourceLanguage language() const { return m_language; }
    const QByteArray& source() const { return m_source; }

    QString text(TSNode node) const;
    // The node's text on one line, whitespace collapsed, cut to maxLength characters.
    QString excerpt(TSNode node, int maxLength = 60) const;

    static bool is(TSNode node, const char* type);
    static const char* type(TSNode node) { return ts_node_type(node); }
    static int line(TSNode node) { return static_cast<int>(ts_node_start_point(node).row) + 1; }
    static bool isComment(TSNode node);
    static TSNode field(TSNode node, const char* name);
    static QList<TSNode> namedChildren(TSNode node); // comments left out; none for a null node
    static QList<TSNode> children(TSNode node); // named and anonymous, comments left out
    // The first named, non-comment child, or a null node.
    static TSNode firstNamedChild(TSNode node);
    static bool hasError(TSNode node) { return ts_node_has_error(node); }
    // The line of a syntax error in the statement or declaration that holds node (or in
    // node itself), if there is one.
    static std::optional<int> errorInStatement(TSNode node);

    // Depth-first over named nodes below (and including) node, comments skipped. The
    // visitor returns false to skip a node's subtree.
    static void visit(TSNode node, const std::function<bool(TSNode)>& visitor);

private:
    struct TreeDeleter
    {
        void operator()(TSTree* tree) const { ts_tree_delete(tree); }
    };

    SyntaxTree(QByteArray source, SourceLanguage language, TSTree* tree);

    QByteArray m_source;
    SourceLanguage m_language{SourceLanguage::TypeScript};
    std::unique_ptr<TSTree, TreeDeleter> m_tree;
};

} // namespace opsdash
