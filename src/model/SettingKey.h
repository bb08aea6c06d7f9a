#pragma once

#include <QLatin1String>
#include <QSettings>
#include <QVariant>

namespace opsdash {

// A QSettings key with its type and default, declared once (src/model/SettingsKeys.h), so
// no string key or default is repeated at the places that read and write it.
template<typename T>
struct SettingKey
{
    QLatin1String name;
    T defaultValue;

    T read(const QSettings& settings) const
    {
        return settings.value(name, QVariant::fromValue(defaultValue)).template value<T>();
    }
    void write(QSettings& settings, const T& value) const
    {
        settings.setValue(name, QVariant::fromValue(value));
    }
};

} // namespace opsdash
