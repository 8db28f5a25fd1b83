#include "ui/text/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace gumbel::ui {

namespace {
const char* const kResourceFolder = ":/i18n";
const char* const kPrefix = "gumbel-explorer_";

// Ours and Qt's, owned by the application object (and replaced by the next installLanguage()).
QPointer<QTranslator>& ourTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}
QPointer<QTranslator>& qtTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

void remove(QPointer<QTranslator>& translator) {
    if (translator.isNull()) return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}
}  // namespace

QStringList availableLanguages() {
    QStringList codes{"en"};
    const QStringList files = QDir(kResourceFolder).entryList({QString(kPrefix) + "*.qm"}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(static_cast<int>(qstrlen(kPrefix))).chopped(3);
        if (!code.isEmpty() && !codes.contains(code)) codes << code;
    }
    codes.sort();
    return codes;
}

QString normalizedLanguage(const QString& text) {
    const QString code = text.trimmed().section('_', 0, 0).section('-', 0, 0).section('.', 0, 0).toLower();
    return availableLanguages().contains(code) ? code : QString();
}

QString languageFor(const QLocale& system) {
    for (const QString& name : system.uiLanguages()) {
        const QString code = normalizedLanguage(name);
        if (!code.isEmpty()) return code;
    }
    return "en";
}

QLocale numberLocaleFor(const QString& code, const QLocale& system) {
    const QLocale language(code);
    if (system.language() == language.language()) return system;
    if (system.language() == QLocale::C && language.language() == QLocale::English) return system;
    return language;
}

bool installLanguage(const QString& code, const QLocale& numbers) {
    remove(ourTranslator());
    remove(qtTranslator());
    QLocale::setDefault(numbers);
    if (code == "en") return true;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QString(kPrefix) + code, kResourceFolder)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    ourTranslator() = ours;
    // Qt's own strings (the buttons of message boxes and file dialogs, context menus): installed with Qt's
    // translations (Debian: qt6-translations-l10n); English without them.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return true;
}

QString displayNumber(double value, char format, int precision) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, format, precision);
}

QString displayCount(qlonglong count) {
    QLocale locale;
    if (locale.language() == QLocale::C) locale = QLocale(QLocale::English);  // 1,000,000 rather than 1000000
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(count);
}

std::optional<double> parseTypedNumber(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = locale.toDouble(trimmed, &ok);
    if (!ok) {
        QLocale c = QLocale::c();
        c.setNumberOptions(c.numberOptions() | QLocale::RejectGroupSeparator);
        value = c.toDouble(trimmed, &ok);
    }
    if (!ok) return std::nullopt;
    return value;
}

}  // namespace gumbel::ui
