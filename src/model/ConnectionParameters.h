#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace opsdash {

// libpq keyword/value pairs ("host", "port", "password", ...), handed to
// PQconnectStartParams after any conninfo string so they override it. Nothing is ever
// string-built into a conninfo; a password in here lives in memory only.
using ConnectionParameters = QList<std::pair<QByteArray, QByteArray>>;

} // namespace opsdash
