#pragma once

// One setting written as the application would have saved it before a test reads it (the
// test's own settings: its initTestCase names the organisation and application).
#include "model/SettingKey.h"

#include <QSettings>

#include <type_traits>

namespace opsdash::test {

template<typename T>
void writeSetting(const SettingKey<T>& key, const std::type_identity_t<T>& value)
{
    QSettings settings;
    key.write(settings, value);
}

} // namespace opsdash::test
