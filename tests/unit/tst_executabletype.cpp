// Received files that would run when opened: judged on the sanitised extension and the content.
#include "ExecutableType.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestExecutableType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void describe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
        const QByteArray pe
            = "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + QByteArray(64, '\0');
        QTest::newRow("pdf") << u"report.pdf"_s << pdf << QString();
        QTest::newRow("text") << u"notes.txt"_s << QByteArray("just words\n") << QString();
        QTest::newRow("no extension") << u"README"_s << QByteArray("just words\n") << QString();
        QTest::newRow("exe") << u"setup.exe"_s << pe << u"a Windows program (.exe)"_s;
        QTest::newRow("upper case") << u"SETUP.EXE"_s << pe << u"a Windows program (.exe)"_s;
        QTest::newRow("bidi override")
            << u"invoice\u202Efdp.exe"_s << pdf << u"a Windows program (.exe)"_s;
        QTest::newRow("trailing dot")
            << u"run.sh."_s << QByteArray("echo\n") << u"a script (.sh)"_s;
        QTest::newRow("desktop") << u"photo.desktop"_s << QByteArray("[Desktop Entry]\n")
                                 << u"a Linux launcher (.desktop)"_s;
        QTest::newRow("bat") << u"a.bat"_s << QByteArray("@echo off\n") << u"a script (.bat)"_s;
        QTest::newRow("js") << u"a.js"_s << QByteArray("alert(1)\n") << u"a script (.js)"_s;
        QTest::newRow("jar") << u"a.jar"_s << QByteArray("PK\x03\x04")
                             << u"a Java program (.jar)"_s;
        QTest::newRow("msi") << u"a.msi"_s << QByteArray("x") << u"an installer (.msi)"_s;
        QTest::newRow("app") << u"Photos.app"_s << QByteArray("x") << u"a macOS program (.app)"_s;
        QTest::newRow("command") << u"a.command"_s << QByteArray("x") << u"a script (.command)"_s;
        QTest::newRow("windows program named pdf")
            << u"report.pdf"_s << pe << u"a Windows program, although its name ends in .pdf"_s;
        QTest::newRow("shell script named txt")
            << u"notes.txt"_s << QByteArray("#!/bin/sh\nrm -rf ~\n")
            << u"a script, although its name ends in .txt"_s;
        QTest::newRow("other interpreter")
            << u"notes"_s << QByteArray("#!/usr/bin/env ruby\n") << u"a script"_s;
    }

    void describe()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QVERIFY(m_dir.isValid());
        const QString path
            = write(u"stored-"_s + QLatin1StringView(QTest::currentDataTag()), content);
        QVERIFY(!path.isEmpty());
        QCOMPARE(ExecutableType::describe(path, name), expected);
    }

    // A real ELF program (this test) renamed to a document.
    void linuxProgramNamedPdf()
    {
        QFile self(QCoreApplication::applicationFilePath());
        QVERIFY(self.open(QIODevice::ReadOnly));
        const QString path = write(u"elf"_s, self.read(4096));
        QCOMPARE(ExecutableType::describe(path, u"report.pdf"_s),
            u"a Linux program, although its name ends in .pdf"_s);
    }

    void questionNamesTheRealType()
    {
        const QString path = write(u"q"_s, "%PDF-1.4\n");
        const QString question = ExecutableType::openQuestion(path, u"invoice\u202Efdp.exe"_s);
        QVERIFY2(question.contains(u"a Windows program (.exe)"_s), qPrintable(question));
        QVERIFY2(question.contains(u"“invoicefdp.exe”"_s), qPrintable(question));
        QVERIFY(!question.contains(QChar(0x202E)));
        QCOMPARE(ExecutableType::openQuestion(path, u"invoice.pdf"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestExecutableType)
#include "tst_executabletype.moc"
