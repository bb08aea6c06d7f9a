target_sources(opsdash_core PRIVATE
    i18n/I18nLogging.h i18n/I18nLogging.cpp
    i18n/Language.h i18n/Language.cpp
)
