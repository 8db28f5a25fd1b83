#pragma once
// The window's language and number formats. The translations are compiled into the program (Qt resources,
// :/i18n/gumbel-explorer_<code>.qm); English is the source language and needs none. The language comes from the
// system locale (its uiLanguages(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or from --language, and numbers shown in
// the window follow the chosen locale. Files the program writes (CSV, sessions) never do: they use the C locale.
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace gumbel::ui {

// The languages the window can speak, as two-letter codes, sorted: "en" and those with a translation.
QStringList availableLanguages();

// "de" for "de", "de_AT", "de-DE" or "DE"; empty when `text` names no available language.
QString normalizedLanguage(const QString& text);

// The language for a system locale: the first of its uiLanguages() that is available, else "en".
QString languageFor(const QLocale& system);

// The locale whose number formats go with language `code`: the system's own when it speaks that language (de_AT
// keeps its formats) or when it is the C locale and the language is English; else the language's main locale.
QLocale numberLocaleFor(const QString& code, const QLocale& system);

// Installs the translations of `code` (ours, and Qt's own qtbase_<code>.qm when Qt's translations are installed)
// in place of those an earlier call installed, and makes `numbers` the default locale (QLocale()). Needs the
// application object; widgets created afterwards speak the language. Returns false when `code` has no translation
// (English always succeeds).
bool installLanguage(const QString& code, const QLocale& numbers);

// A number as the window shows it: the default locale's decimal separator, no group separators.
QString displayNumber(double value, char format = 'g', int precision = 6);

// A count as the window shows it, with the default locale's group separators (English ones under the C locale).
QString displayCount(qlonglong count);

// A number typed into the window: in the default locale's form (0,5 in German) or in the C locale's (0.5); group
// separators are not accepted. Surrounding spaces are ignored. nullopt when it is not a number.
std::optional<double> parseTypedNumber(const QString& text);

}  // namespace gumbel::ui
