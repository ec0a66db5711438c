#include "core/remote/netbiosnametext.h"

#include <QList>

using mailslot::wire::NetbiosName;

namespace {
struct Token
{
    char byte = 0;
    bool escaped = false; // written as <xx>
};

// "<xx>" at i: its byte.
bool readEscape(const QByteArray &text, qsizetype i, char *byte)
{
    if (i + 3 >= text.size() || text[i] != '<' || text[i + 3] != '>')
        return false;
    bool ok = false;
    const uint value = text.mid(i + 1, 2).toUInt(&ok, 16);
    *byte = char(value);
    return ok;
}
} // namespace

NetbiosName NetbiosNameText::parse(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < latin.size()) {
        Token token;
        if (readEscape(latin, i, &token.byte)) {
            token.escaped = true;
            i += 4;
        } else {
            token.byte = latin[i++];
        }
        tokens.append(token);
        if (token.escaped && (i == latin.size() || latin[i] == '.')) {
            QByteArray name;
            for (qsizetype t = 0; t + 1 < tokens.size(); ++t)
                name.append(tokens[t].byte);
            QByteArray scope;
            for (qsizetype s = i + 1; s < latin.size(); ++s) {
                char byte = 0;
                if (readEscape(latin, s, &byte)) {
                    s += 3;
                } else {
                    byte = latin[s];
                }
                scope.append(byte);
            }
            return NetbiosName(name, quint8(token.byte), scope);
        }
    }
    return {};
}
