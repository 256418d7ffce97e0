#pragma once

#include <QCoreApplication>
#include <QString>

namespace Natter {

// Whether opening a received file would run it, judged on what it really is: the extension of
// its sanitised name (so "invoice\u202Efdp.exe" counts as .exe) and the type sniffed from its
// content (so an ELF or Windows program or a "#!" script named .pdf counts as a program too).
class ExecutableType
{
    Q_DECLARE_TR_FUNCTIONS(ExecutableType)

public:
    // What the file is when opening it could run code, for the question asked first:
    // "a Windows program (.exe)", "a script (.sh)". Empty for documents, pictures and other data.
    static QString describe(const QString &path, const QString &fileName);

    // The question before opening it; empty when describe() is.
    static QString openQuestion(const QString &path, const QString &fileName);

private:
    static QString byExtension(const QString &suffix);
    static QString byContent(const QString &path);
};

} // namespace Natter
